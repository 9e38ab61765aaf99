namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// A cohort assignment problem: mentees × mentors, the pairs that are allowed with their scores, and
/// each mentor's capacity. The aim is the largest total score with each mentee given at most one mentor
/// and no mentor given more mentees than its capacity. Built only through
/// <see cref="DenseAssignmentProblemBuilder"/> (a score for every pair, NaN forbidding one) or
/// <see cref="SparseAssignmentProblemBuilder"/> (only the allowed pairs), which validate every value.
/// </summary>
public sealed class AssignmentProblem
{
    private AssignmentProblem(int menteeCount, int[] capacities, DecimalPlaces decimalPlaces, double maxAbsScore)
    {
        MenteeCount = menteeCount;
        CapacityArray = capacities;
        Capacities = Array.AsReadOnly(capacities);
        DecimalPlaces = decimalPlaces.Places;
        MaxAbsScore = maxAbsScore;
    }

    public int MenteeCount { get; }

    public int MentorCount => CapacityArray.Length;

    public IReadOnlyList<int> Capacities { get; }

    /// <summary>True when every pair has a stored score (NaN for a forbidden pair); false for a sparse problem.</summary>
    public bool IsDense => DenseRows is not null;

    internal int[] CapacityArray { get; }

    /// <summary>One array of <see cref="MentorCount"/> scores per mentee; rows, not one block, so 20,000 × 4,000 needs no 640 MB array.</summary>
    internal double[][]? DenseRows { get; private init; }

    /// <summary>Compressed sparse rows: mentee i's allowed pairs are positions RowStart[i] .. RowStart[i+1]-1, by ascending mentor.</summary>
    internal int[]? SparseRowStart { get; private init; }

    internal int[]? SparseMentors { get; private init; }

    internal double[]? SparseScores { get; private init; }

    /// <summary>Decimal places that write every score exactly, or -1 when some score is no short decimal.</summary>
    internal int DecimalPlaces { get; }

    internal double MaxAbsScore { get; }

    /// <summary>The score of a pair, or NaN when the pair is forbidden.</summary>
    public double ScoreOf(int mentee, int mentor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mentee);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mentee, MenteeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(mentor);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mentor, MentorCount);
        if (DenseRows is not null)
        {
            return DenseRows[mentee][mentor];
        }

        var start = SparseRowStart![mentee];
        var found = Array.BinarySearch(SparseMentors!, start, SparseRowStart[mentee + 1] - start, mentor);
        return found >= 0 ? SparseScores![found] : double.NaN;
    }

    internal static AssignmentProblem CreateDense(double[][] rows, int[] capacities, DecimalPlaces decimalPlaces, double maxAbsScore) =>
        new(rows.Length, capacities, decimalPlaces, maxAbsScore) { DenseRows = rows };

    internal static AssignmentProblem CreateSparse(
        int[] rowStart, int[] mentors, double[] scores, int[] capacities, DecimalPlaces decimalPlaces, double maxAbsScore) =>
        new(rowStart.Length - 1, capacities, decimalPlaces, maxAbsScore)
        {
            SparseRowStart = rowStart,
            SparseMentors = mentors,
            SparseScores = scores,
        };
}
