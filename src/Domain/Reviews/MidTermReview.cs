namespace MentorFlow.Domain.Reviews;

/// <summary>
/// Goals are revisited once, at the middle of the term: the review cycle that ends the first half
/// (cycle 3 of 6, cycle 3 of 5). A term of a single cycle has no mid-term review.
/// </summary>
public static class MidTermReview
{
    /// <summary>The mid-term cycle (from 1) for a term of <paramref name="totalCycles"/> cycles, or null when there is none.</summary>
    public static int? CycleOf(int totalCycles) => totalCycles < 2 ? null : (totalCycles + 1) / 2;

    /// <summary>Whether <paramref name="cycle"/> is the cycle at which the goals are revisited.</summary>
    public static bool IsMidTerm(int cycle, int totalCycles) => CycleOf(totalCycles) == cycle;
}
