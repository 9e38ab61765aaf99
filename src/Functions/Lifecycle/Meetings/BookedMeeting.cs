using MentorFlow.Domain.Messages;

namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>A meeting the journey booked, as it carries it until the meeting is past (to cancel it at an early close).</summary>
public sealed record BookedMeeting(string Key, int Sequence, MeetingKind Kind, int Cycle, DateTimeOffset StartsAt, TimeSpan Duration, string Summary)
{
    public DateTimeOffset EndsAt => StartsAt + Duration;
}
