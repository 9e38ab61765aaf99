namespace MentorFlow.Domain.Meetings;

/// <summary>
/// Someone a meeting is booked for: their participant id (part of every idempotency key, as an email address may
/// hold characters a key must not), how they are addressed, and their IANA time zone, in which they see the meeting.
/// <paramref name="Note"/> is a line only they see, such as their own check-in link.
/// </summary>
public sealed record MeetingAttendee(string ParticipantId, string Name, string Email, string TimeZone, string? Note = null);
