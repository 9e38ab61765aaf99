using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;

namespace MentorFlow.Domain.Meetings;

/// <summary>
/// When a meeting goes: the first time on or after the window's start that lies inside every participant's weekly
/// availability (each in their own time zone) for the whole meeting and still starts in the window; when there is
/// none, the default slot, the window's start, so a meeting is always booked and people can move it.
/// </summary>
public static class MeetingSlot
{
    /// <summary>How many weeks ahead availability is searched; the window usually ends sooner.</summary>
    public const int WeeksSearched = 6;

    /// <summary>A review or kickoff lasts an hour, or a quarter of its cycle when cycles are short (demo programmes).</summary>
    public static TimeSpan DurationFor(TimeSpan cycleLength)
    {
        var quarter = TimeSpan.FromMinutes(Math.Floor(cycleLength.TotalMinutes / 4));
        return quarter >= TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : quarter < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : quarter;
    }

    public static ProposedSlot Choose(IReadOnlyList<ParticipantProfile> people, DateTimeOffset windowStart, DateTimeOffset windowEnd, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var step = windowEnd - windowStart >= TimeSpan.FromDays(1) ? TimeSpan.FromMinutes(15) : TimeSpan.FromMinutes(1);
        var earliest = RoundUp(windowStart, step);
        var fallback = new ProposedSlot(earliest, InEveryonesAvailability: false);
        if (people.Count == 0 || people.Any(p => p.Availability.Count == 0))
        {
            return fallback;
        }

        var firstWeek = DateOnly.FromDateTime(earliest.UtcDateTime);
        for (var week = 0; week < WeeksSearched; week++)
        {
            var weekStart = firstWeek.AddDays(7 * week);
            var origin = new DateTimeOffset(weekStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (origin > windowEnd)
            {
                break;
            }

            var shared = people.Select(p => WeeklyAvailability.InWeek(p, weekStart)).Aggregate(Intersect);
            for (var k = 0; k < shared.Length; k += 2)
            {
                var start = RoundUp(Max(origin.AddMinutes(shared[k]), earliest), step);
                var end = origin.AddMinutes(shared[k + 1]);
                if (start + duration <= end && start + duration <= windowEnd)
                {
                    return new ProposedSlot(start, InEveryonesAvailability: true);
                }
            }
        }

        return fallback;
    }

    private static int[] Intersect(int[] first, int[] second)
    {
        var result = new List<int>();
        int i = 0, j = 0;
        while (i < first.Length && j < second.Length)
        {
            var start = Math.Max(first[i], second[j]);
            var end = Math.Min(first[i + 1], second[j + 1]);
            if (end > start)
            {
                result.Add(start);
                result.Add(end);
            }

            if (first[i + 1] < second[j + 1])
            {
                i += 2;
            }
            else
            {
                j += 2;
            }
        }

        return [.. result];
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset RoundUp(DateTimeOffset instant, TimeSpan step)
    {
        var utc = instant.ToUniversalTime();
        var remainder = utc.Ticks % step.Ticks;
        return remainder == 0 ? utc : utc.AddTicks(step.Ticks - remainder);
    }
}
