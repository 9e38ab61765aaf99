namespace MentorFlow.Infrastructure.Graph;

/// <summary>A meeting as Graph stored it: the ids to update or cancel it later, and the Teams link.</summary>
/// <param name="EventId">Graph's event id in the organizer's mailbox.</param>
/// <param name="ICalUid">The iCalendar UID shared by every attendee's copy.</param>
/// <param name="WebLink">Opens the event in Outlook on the web.</param>
/// <param name="JoinUrl">The Teams meeting link, once Graph has created it.</param>
/// <param name="Start">When it starts, as Graph stored it.</param>
/// <param name="End">When it ends.</param>
/// <param name="Attendees">Who is invited, as Graph stored it (an event found again by its transactionId keeps the attendees it was made with).</param>
public sealed record BookedMeeting(
    string EventId, string? ICalUid, string? WebLink, string? JoinUrl, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<MeetingAttendee>? Attendees = null);
