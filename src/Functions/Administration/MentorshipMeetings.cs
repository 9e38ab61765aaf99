namespace MentorFlow.Functions.Administration;

/// <summary>
/// A mentorship's meetings still ahead and, when Microsoft Graph holds them, each attendee's answer to the invite.
/// <paramref name="Calendar"/> is <c>graph</c> or <c>email</c> (invites as iCalendar parts, whose answers go to the
/// participants' own calendars and are not read back).
/// </summary>
public sealed record MentorshipMeetings(string MentorshipId, string JourneyId, string Calendar, IReadOnlyList<MentorshipMeeting> Meetings);
