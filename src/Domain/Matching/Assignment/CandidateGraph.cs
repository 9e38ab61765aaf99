namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// The pairs the solver searches: for each mentee, the positive pairs with mentors that have capacity which
/// pay it the most at estimated prices (a few dozen at first), plus bounds on what it left out. A dense
/// 20,000 × 4,000 problem thus becomes a graph of a few dozen edges per mentee; the dual certificate then
/// proves that no left-out pair could improve the total, or names the pairs to add (<see cref="Add"/>).
/// Pairs with a score of zero or less are never candidates: taking one can never raise the total.
/// </summary>
internal sealed class CandidateGraph
{
    /// <summary>The most pairs a mentee keeps at first, however many tie near its best value.</summary>
    private const int WideLimit = 256;

    private readonly AssignmentProblem _problem;

    /// <param name="problem">The whole problem.</param>
    /// <param name="initialLimit">How many pairs each mentee keeps at first.</param>
    /// <param name="prices">Estimated mentor prices: a pair's value is its score less its mentor's price.</param>
    /// <param name="margin">How far below a mentee's best value a pair is still kept (ties and near-ties all count).</param>
    public CandidateGraph(AssignmentProblem problem, int initialLimit, double[] prices, double margin)
    {
        _problem = problem;
        Prices = prices;
        var menteeCount = problem.MenteeCount;
        Mentors = new int[menteeCount][];
        Scores = new double[menteeCount][];
        BestLeftOutScore = new double[menteeCount];
        BestLeftOutValue = new double[menteeCount];
        var wide = new TopScores(WideLimit);
        var narrow = new TopScores(initialLimit);
        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            Select(mentee, wide, narrow, margin);
        }
    }

    /// <summary>Candidate mentors of each mentee, in ascending mentor order.</summary>
    public int[][] Mentors { get; }

    /// <summary>The scores matching <see cref="Mentors"/>.</summary>
    public double[][] Scores { get; }

    /// <summary>The prices the pairs were chosen at.</summary>
    public double[] Prices { get; }

    /// <summary>An upper bound on the score of every pair (with a mentor that has capacity) not among the candidates; 0 when none.</summary>
    public double[] BestLeftOutScore { get; }

    /// <summary>An upper bound on the value at <see cref="Prices"/> of every pair not among the candidates; 0 when none pays more.</summary>
    public double[] BestLeftOutValue { get; }

    /// <summary>Lists the mentee's positive pairs with mentors that have capacity and are not candidates, in ascending mentor order.</summary>
    public void LeftOut(int mentee, List<MentorScore> into)
    {
        into.Clear();
        var candidates = Mentors[mentee];
        var next = 0;
        var capacities = _problem.CapacityArray;
        if (_problem.DenseRows is { } rows)
        {
            var row = rows[mentee];
            for (var mentor = 0; mentor < row.Length; mentor++)
            {
                if (next < candidates.Length && candidates[next] == mentor)
                {
                    next++;
                }
                else if (row[mentor] > 0 && capacities[mentor] > 0)
                {
                    into.Add(new MentorScore(mentor, row[mentor]));
                }
            }

            return;
        }

        var mentors = _problem.SparseMentors!;
        var scores = _problem.SparseScores!;
        for (var k = _problem.SparseRowStart![mentee]; k < _problem.SparseRowStart[mentee + 1]; k++)
        {
            var mentor = mentors[k];
            while (next < candidates.Length && candidates[next] < mentor)
            {
                next++;
            }

            if ((next >= candidates.Length || candidates[next] != mentor) && scores[k] > 0 && capacities[mentor] > 0)
            {
                into.Add(new MentorScore(mentor, scores[k]));
            }
        }
    }

    /// <summary>Makes the given left-out pairs candidates too, with new bounds on the pairs still left out.</summary>
    public void Add(int mentee, List<MentorScore> added, double bestLeftOutScore, double bestLeftOutValue)
    {
        var mentors = Mentors[mentee];
        var scores = Scores[mentee];
        var mergedMentors = new int[mentors.Length + added.Count];
        var mergedScores = new double[mergedMentors.Length];
        mentors.CopyTo(mergedMentors, 0);
        scores.CopyTo(mergedScores, 0);
        for (var k = 0; k < added.Count; k++)
        {
            mergedMentors[mentors.Length + k] = added[k].Mentor;
            mergedScores[mentors.Length + k] = added[k].Score;
        }

        Array.Sort(mergedMentors, mergedScores);
        Mentors[mentee] = mergedMentors;
        Scores[mentee] = mergedScores;
        BestLeftOutScore[mentee] = bestLeftOutScore;
        BestLeftOutValue[mentee] = bestLeftOutValue;
    }

    private void Select(int mentee, TopScores wide, TopScores narrow, double margin)
    {
        // Every pair within the margin of the mentee's best value (up to the wide limit), or else its best few.
        var best = BestValue(mentee);
        wide.Clear(best - margin);
        Offer(mentee, wide);
        var selector = wide;
        if (wide.Count < narrow.Limit)
        {
            narrow.Clear();
            Offer(mentee, narrow);
            selector = narrow;
        }

        (Mentors[mentee], Scores[mentee]) = selector.TakeInMentorOrder();
        BestLeftOutScore[mentee] = selector.BestLeftOutScore;
        BestLeftOutValue[mentee] = selector.BestLeftOutValue;
    }

    private double BestValue(int mentee)
    {
        var capacities = _problem.CapacityArray;
        var prices = Prices;
        var best = double.NegativeInfinity;
        if (_problem.DenseRows is { } rows)
        {
            var row = rows[mentee];
            for (var mentor = 0; mentor < row.Length; mentor++)
            {
                var value = row[mentor] - prices[mentor];
                if (value > best && row[mentor] > 0 && capacities[mentor] > 0)
                {
                    best = value;
                }
            }

            return best;
        }

        var mentors = _problem.SparseMentors!;
        var scores = _problem.SparseScores!;
        for (var k = _problem.SparseRowStart![mentee]; k < _problem.SparseRowStart[mentee + 1]; k++)
        {
            var value = scores[k] - prices[mentors[k]];
            if (value > best && scores[k] > 0 && capacities[mentors[k]] > 0)
            {
                best = value;
            }
        }

        return best;
    }

    private void Offer(int mentee, TopScores selector)
    {
        var capacities = _problem.CapacityArray;
        var prices = Prices;
        if (_problem.DenseRows is { } rows)
        {
            // The hot loop of a dense problem: most pairs fall below the threshold and only update the
            // bounds. NaN (forbidden) fails the first comparison.
            var row = rows[mentee];
            var threshold = selector.Threshold;
            var bestLeftOutScore = 0.0;
            var bestLeftOutValue = 0.0;
            for (var mentor = 0; mentor < row.Length; mentor++)
            {
                var score = row[mentor];
                if (!(score > 0) || capacities[mentor] == 0)
                {
                    continue;
                }

                var value = score - prices[mentor];
                if (value > threshold)
                {
                    selector.Offer(mentor, value, score);
                    threshold = selector.Threshold;
                }
                else
                {
                    bestLeftOutScore = Math.Max(bestLeftOutScore, score);
                    bestLeftOutValue = Math.Max(bestLeftOutValue, value);
                }
            }

            selector.LeaveOut(bestLeftOutValue, bestLeftOutScore);
            return;
        }

        var mentors = _problem.SparseMentors!;
        var scores = _problem.SparseScores!;
        for (var k = _problem.SparseRowStart![mentee]; k < _problem.SparseRowStart[mentee + 1]; k++)
        {
            if (scores[k] > 0 && capacities[mentors[k]] > 0)
            {
                selector.Offer(mentors[k], scores[k] - prices[mentors[k]], scores[k]);
            }
        }
    }
}
