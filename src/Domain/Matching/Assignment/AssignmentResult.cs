namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// An optimal assignment and the dual solution that proves it: mentor prices p_j ≥ 0 and mentee profits
/// w_i ≥ 0 with w_i ≥ a_ij − p_j for every allowed pair, equality on every assigned pair, a positive
/// price only on a full mentor, a positive profit only for an assigned mentee, and so
/// Σ w_i + Σ capacity_j · p_j = <see cref="TotalScore"/> (linear programming duality).
/// </summary>
public sealed class AssignmentResult
{
    internal AssignmentResult(AssignedPair[] pairs, double totalScore, double[] mentorPrices, double[] menteeProfits)
    {
        Pairs = Array.AsReadOnly(pairs);
        TotalScore = totalScore;
        MentorPrices = Array.AsReadOnly(mentorPrices);
        MenteeProfits = Array.AsReadOnly(menteeProfits);
    }

    /// <summary>The assigned pairs in ascending mentee order; a mentee not listed is left unassigned.</summary>
    public IReadOnlyList<AssignedPair> Pairs { get; }

    public double TotalScore { get; }

    /// <summary>The dual price p_j of each mentor's capacity.</summary>
    public IReadOnlyList<double> MentorPrices { get; }

    /// <summary>The dual profit w_i of each mentee: its score less its mentor's price (0 when unassigned).</summary>
    public IReadOnlyList<double> MenteeProfits { get; }
}
