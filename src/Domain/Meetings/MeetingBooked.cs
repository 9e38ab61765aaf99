namespace MentorFlow.Domain.Meetings;

/// <summary>
/// What a calendar made of a booking: when the meeting starts as the calendar holds it (a retried create finds the
/// meeting made the first time, at the time chosen then), and the calendar's own id for it, which later updates and
/// the cancellation must name (null when the invites travel by email and the meeting's key is all there is).
/// </summary>
public sealed record MeetingBooked(DateTimeOffset StartsAt, string? CalendarEventId);
