namespace MentorFlow.Domain.Meetings;

/// <summary>
/// Someone a meeting is booked for: their participant id (part of every idempotency key, as an email address may
/// hold characters a key must not), how they are addressed, and their IANA time zone, in which they see the meeting.
/// <paramref name="Note"/> is a line only they see, such as their own check-in link, in their copy of the invite;
/// <paramref name="CheckInLink"/> and <paramref name="EarlyCloseLink"/> are those links alone, for a calendar whose
/// invite is one text shared by every attendee (they then travel in each attendee's own notice email).
/// </summary>
public sealed record MeetingAttendee(
    string ParticipantId, string Name, string Email, string TimeZone, string? Note = null, Uri? CheckInLink = null, Uri? EarlyCloseLink = null);
