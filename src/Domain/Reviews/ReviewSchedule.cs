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

    /// <summary>
    /// The cycles of a mentee in a group: the group's own grid, one slot per cadence from <paramref name="anchor"/>
    /// (the mentor's enrolment), so that every mentee of the group meets in the same slots. The mentee's cycles are the
    /// grid's slots that start from <paramref name="reviewsStart"/> until the end of their term, whole (a slot is the
    /// group's, not cut to one mentee's term).
    /// </summary>
    public static IReadOnlyList<ReviewCycle> OnGrid(DateTimeOffset anchor, DateTimeOffset reviewsStart, DateTimeOffset termEnd, IsoDuration cadence)
    {
        if (cadence.IsZero)
        {
            throw new ArgumentException("A review cadence must be longer than zero.", nameof(cadence));
        }

        var start = anchor;
        if (!cadence.HasCalendarPart && reviewsStart > anchor)
        {
            // A fixed cadence jumps straight to the first slot at or after the reviews start.
            var length = cadence.FixedPart.Ticks;
            start = anchor.AddTicks((reviewsStart - anchor).Ticks + length - 1 - (((reviewsStart - anchor).Ticks + length - 1) % length));
        }

        while (start < reviewsStart)
        {
            start = cadence.AddTo(start);
        }

        var cycles = new List<ReviewCycle>();
        while (start < termEnd && cycles.Count < MaxCycles)
        {
            var next = cadence.AddTo(start);
            cycles.Add(new ReviewCycle(cycles.Count + 1, start, next));
            start = next;
        }

        return cycles;
    }
}
