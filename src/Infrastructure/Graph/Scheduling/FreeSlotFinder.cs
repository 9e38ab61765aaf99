namespace MentorFlow.Infrastructure.Graph.Scheduling;

/// <summary>
/// Finds the earliest start, on a grid of steps within a window, at which every participant is free and
/// inside their hours for the whole meeting. Pure: the schedules come from Graph, the hours from the caller.
/// </summary>
public static class FreeSlotFinder
{
    public static DateTimeOffset? FindEarliest(
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        TimeSpan duration,
        TimeSpan step,
        IReadOnlyList<ParticipantCalendar> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);

        // Start on a whole step (09:00, 09:30, ...) rather than at whatever minute the search began.
        var ticks = windowStart.UtcTicks;
        var first = new DateTimeOffset(ticks + ((step.Ticks - (ticks % step.Ticks)) % step.Ticks), TimeSpan.Zero);
        for (var start = first; start + duration <= windowEnd; start += step)
        {
            var end = start + duration;
            if (participants.All(p => p.IsFree(start, end)))
            {
                return start;
            }
        }

        return null;
    }
}
