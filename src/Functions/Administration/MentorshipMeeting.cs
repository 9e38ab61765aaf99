namespace MentorFlow.Functions.Administration;

/// <summary>
/// One booked meeting: what and when, the calendar's id, and the attendees' answers (null when they cannot be read:
/// invites by email, or <paramref name="Problem"/> says why).
/// </summary>
public sealed record MentorshipMeeting(
    string Key,
    string Kind,
    int Cycle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? CalendarEventId,
    IReadOnlyList<MeetingAnswer>? Responses,
    string? Problem = null);
