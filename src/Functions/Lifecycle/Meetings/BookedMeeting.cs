using MentorFlow.Domain.Messages;

namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>
/// A meeting the journey booked, as it carries it until the meeting is past (to cancel it at an early close), with the
/// calendar's own id for it when the calendar keeps one (Microsoft Graph's event id; null for invites by email).
/// </summary>
public sealed record BookedMeeting(string Key, int Sequence, MeetingKind Kind, int Cycle, DateTimeOffset StartsAt, TimeSpan Duration, string Summary, string? CalendarEventId = null)
{
    public DateTimeOffset EndsAt => StartsAt + Duration;
}
