namespace MentorFlow.Infrastructure.Graph.Scheduling;

/// <summary>
/// What is known of one participant's time: when they are busy, and the weekly hours a meeting must fall in.
/// Every entry of <see cref="Hours"/> must hold (working hours and a preference together); none means any time.
/// </summary>
public sealed record ParticipantCalendar(IReadOnlyList<BusyInterval> Busy, IReadOnlyList<WeeklyHours> Hours)
{
    public bool IsFree(DateTimeOffset start, DateTimeOffset end) =>
        Hours.All(h => h.Contains(start, end)) && !Busy.Any(b => b.Overlaps(start, end));
}
