namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// The pairs the solver searches: for each mentee, its best-scoring positive pairs with mentors that have
/// capacity (at most a per-mentee limit), plus the best score it left out. A dense 20,000 × 4,000 problem
/// thus becomes a graph of a few dozen edges per mentee; the dual certificate then proves that no left-out
/// pair could improve the total, or names the mentees whose limit must grow.
/// Pairs with a score of zero or less are never candidates: taking one can never raise the total.
/// </summary>
internal sealed class CandidateGraph
{
    private readonly AssignmentProblem _problem;
    private readonly int[] _limits;

    public CandidateGraph(AssignmentProblem problem, int initialLimit)
    {
        _problem = problem;
        var menteeCount = problem.MenteeCount;
        _limits = new int[menteeCount];
        Array.Fill(_limits, initialLimit);
        Mentors = new int[menteeCount][];
        Scores = new double[menteeCount][];
        BestLeftOut = new double[menteeCount];
        Full = new bool[menteeCount];
        var selector = new TopScores(initialLimit);
        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            Select(mentee, selector);
        }
    }

    /// <summary>Candidate mentors of each mentee, in ascending mentor order.</summary>
    public int[][] Mentors { get; }

    /// <summary>The scores matching <see cref="Mentors"/>.</summary>
    public double[][] Scores { get; }

    /// <summary>The best positive score of a pair (with a mentor that has capacity) not among the candidates; 0 when none.</summary>
    public double[] BestLeftOut { get; }

    /// <summary>
    /// Mentees of a dense problem that consider every mentor: their pairs are read from the problem's row,
    /// not copied, so a heavily contested problem needs no second matrix.
    /// </summary>
    public bool[] Full { get; }

    public int LimitOf(int mentee) => _limits[mentee];

    /// <summary>
    /// Lets a mentee consider more mentors: at least <paramref name="limit"/> of its best pairs, or all of
    /// them (a full row) in a dense problem once that is half of the mentors.
    /// </summary>
    public void Widen(int mentee, int limit)
    {
        _limits[mentee] = Math.Max(_limits[mentee], limit);
        if (_problem.IsDense && _limits[mentee] >= _problem.MentorCount / 2)
        {
            Full[mentee] = true;
            Mentors[mentee] = [];
            Scores[mentee] = [];
            BestLeftOut[mentee] = 0;
            return;
        }

        Select(mentee, new TopScores(_limits[mentee]));
    }

    private void Select(int mentee, TopScores selector)
    {
        var capacities = _problem.CapacityArray;
        selector.Clear();
        if (_problem.DenseRows is { } rows)
        {
            // The hot loop of a dense problem: most scores fall below the worst kept one and only update the
            // best left-out score. NaN (forbidden) fails every comparison. A mentor without capacity may
            // raise the left-out bound, which only costs the certificate a needless row scan.
            var row = rows[mentee];
            var threshold = 0.0;
            var bestLeftOut = 0.0;
            for (var mentor = 0; mentor < row.Length; mentor++)
            {
                var score = row[mentor];
                if (score > threshold)
                {
                    if (capacities[mentor] > 0)
                    {
                        selector.Offer(mentor, score);
                        threshold = selector.Threshold;
                    }
                }
                else if (score > bestLeftOut)
                {
                    bestLeftOut = score;
                }
            }

            selector.LeaveOut(bestLeftOut);
        }
        else
        {
            var mentors = _problem.SparseMentors!;
            var scores = _problem.SparseScores!;
            for (var k = _problem.SparseRowStart![mentee]; k < _problem.SparseRowStart[mentee + 1]; k++)
            {
                if (scores[k] > 0 && capacities[mentors[k]] > 0)
                {
                    selector.Offer(mentors[k], scores[k]);
                }
            }
        }

        (Mentors[mentee], Scores[mentee]) = selector.TakeInMentorOrder();
        BestLeftOut[mentee] = selector.BestLeftOut;
    }
}
