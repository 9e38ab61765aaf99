using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Reviews;

/// <summary>
/// The review cycles of a mentorship: one per cadence from the day reviews start (the agreement's confirmation) to
/// the end of the term. A last stretch shorter than half a cadence joins the cycle before it rather than becoming a
/// cycle too short to meet in. The count is capped at <see cref="MaxCycles"/>, the longest schedule a journey carries.
/// </summary>
public static class ReviewSchedule
{
    public const int MaxCycles = 100;

    public static IReadOnlyList<ReviewCycle> For(DateTimeOffset reviewsStart, DateTimeOffset termEnd, IsoDuration cadence)
    {
        if (cadence.IsZero)
        {
            throw new ArgumentException("A review cadence must be longer than zero.", nameof(cadence));
        }

        var cycles = new List<ReviewCycle>();
        var start = reviewsStart;
        while (start < termEnd && cycles.Count < MaxCycles)
        {
            var next = cadence.AddTo(start);
            var end = next < termEnd ? next : termEnd;
            var isShortTail = end - start < (next - start) / 2;
            if (isShortTail && cycles.Count > 0)
            {
                cycles[^1] = cycles[^1] with { Ends = end };
            }
            else
            {
                cycles.Add(new ReviewCycle(cycles.Count + 1, start, end));
            }

            start = next;
        }

        if (cycles.Count == MaxCycles && cycles[^1].Ends < termEnd)
        {
            cycles[^1] = cycles[^1] with { Ends = termEnd };
        }

        return cycles;
    }
}
