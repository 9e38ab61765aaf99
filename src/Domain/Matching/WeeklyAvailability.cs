using System.Runtime.CompilerServices;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// Weekly availability placed on real dates. Each person's slots are in their own zone, so the overlap of two people
/// is computed on a concrete week (the week matching is for) in UTC: a 09:00 London slot and a 05:00 New York slot
/// meet in the weeks when the United States has changed to summer time and the United Kingdom has not, and miss
/// each other otherwise.
/// </summary>
public static class WeeklyAvailability
{
    public const int MinutesPerWeek = 7 * WeeklySlot.MinutesPerDay;

    /// <summary>
    /// The person's availability during the seven days from <paramref name="weekStart"/> 00:00 UTC, as sorted,
    /// merged intervals: <c>[start0, end0, start1, end1, …]</c> in minutes since that instant. Because the slots repeat
    /// weekly, any seven consecutive days hold exactly one week of them, whatever the person's offset.
    /// </summary>
    public static int[] InWeek(ParticipantProfile person, DateOnly weekStart)
    {
        ArgumentNullException.ThrowIfNull(person);
        var origin = new DateTimeOffset(weekStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var intervals = new List<(int Start, int End)>();

        // Local dates from the day before to the day after the UTC week cover every zone's offset (at most ±14 h).
        for (var day = weekStart.AddDays(-1); day <= weekStart.AddDays(7); day = day.AddDays(1))
        {
            foreach (var slot in person.Availability)
            {
                if (slot.Day != day.DayOfWeek)
                {
                    continue;
                }

                var midnight = day.ToDateTime(TimeOnly.MinValue);
                var start = Minutes(LocalTime.ToInstant(midnight.AddMinutes(slot.StartMinute), person.TimeZone) - origin);
                var end = Minutes(LocalTime.ToInstant(midnight.AddMinutes(slot.EndMinute), person.TimeZone) - origin);
                start = Math.Max(start, 0);
                end = Math.Min(end, MinutesPerWeek);
                if (end > start)
                {
                    intervals.Add((start, end));
                }
            }
        }

        intervals.Sort();
        var merged = new List<int>(intervals.Count * 2);
        foreach (var (start, end) in intervals)
        {
            if (merged.Count > 0 && start <= merged[^1])
            {
                merged[^1] = Math.Max(merged[^1], end);
            }
            else
            {
                merged.Add(start);
                merged.Add(end);
            }
        }

        return [.. merged];
    }

    /// <summary>Minutes shared by two interval lists from <see cref="InWeek"/> (a linear merge of the sorted lists).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int OverlapMinutes(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        int i = 0, j = 0, total = 0;
        while (i < first.Length && j < second.Length)
        {
            var start = Math.Max(first[i], second[j]);
            var end = Math.Min(first[i + 1], second[j + 1]);
            if (end > start)
            {
                total += end - start;
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

        return total;
    }

    private static int Minutes(TimeSpan span) => (int)Math.Floor(span.TotalMinutes);
}
