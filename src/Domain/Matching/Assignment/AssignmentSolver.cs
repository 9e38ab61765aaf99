using System.Numerics;

namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// Solves the cohort assignment problem exactly: the largest total score with each mentee given at most
/// one mentor and no mentor beyond its capacity. A pair with a score of zero or less is never taken.
/// <para>
/// How, all on mentors with capacities rather than on the capacity-expanded matrix:
/// (1) an ε-scaling auction over every allowed pair estimates the mentors' prices (<see cref="PriceAuction"/>);
/// (2) each mentee keeps the pairs that pay it the most at those prices: every pair within a small margin
/// of its best value (so tied and nearly tied pairs all stay), or at least its best few dozen
/// (<see cref="CandidateGraph"/>); (3) on that graph, starting from the estimated prices, bidding places
/// most mentees, the Hungarian method in phases places the rest exactly, and a reverse search lowers the
/// price of any mentor left with room (<see cref="ShortestAugmentingPaths{T}"/>); (4) the prices are
/// checked against every allowed pair of the full problem, and any mentee for whom a left-out pair would
/// pay more gains the best such pairs and is placed again, keeping everyone else's place and the prices
/// (a warm restart). On exit the prices certify optimality for the whole problem (see <see cref="AssignmentResult"/>).
/// </para>
/// <para>
/// Why this shape (measured, docs/performance.md): scores from real matching tie everywhere (two decimals,
/// clusters of alike people). Chosen by score alone, candidates missed where contested mentees end up, and
/// each widening was solved from scratch; one search per mentee re-explored the same tied region again and
/// again. Prices from the auction make the first graph nearly sufficient, phases place many tied mentees per
/// search, and warm restarts make the rare widening cheap. Steps (1) and (2) only steer; exactness rests on
/// the exact searches in integers and on the certificate.
/// </para>
/// <para>
/// Arithmetic: when every score is a decimal with at most 12 places (as read from a file), the solver works
/// on scores scaled to integers, so the optimum is exact on the decimals given. Otherwise it works in
/// double precision and the certificate holds within 1e-9 relative to the largest score.
/// </para>
/// <para>
/// Ties, so that the same input always gives the same output: every step runs in a fixed order (mentees by
/// ascending index, mentors by ascending index, no hashing, no threads), so equal inputs meet equal ties.
/// Between equally good choices the lower mentor index is taken; a mentee already placed is not left out in
/// favour of another for an equal total; placing a mentee is preferred to leaving it out when the totals are
/// equal. These rules choose among optimal assignments as the solver meets them; they do not promise the
/// lexicographically smallest optimum.
/// </para>
/// </summary>
public static class AssignmentSolver
{
    /// <summary>Candidate pairs kept per mentee at first; enough for random and clustered scores alike.</summary>
    private const int InitialCandidates = 32;

    /// <summary>
    /// How far below its best estimated value (in steps of the scores' precision) a pair stays a candidate:
    /// the exact prices end a few steps from the estimate, and pairs within the margin cover that move.
    /// </summary>
    private const double MarginSteps = 2;

    /// <summary>Left-out pairs a mentee gains per round at most: the ones that pay the most at current prices.</summary>
    private const int PairsAddedPerRound = 16;

    /// <summary>A scaled score must be an exact double; with the bound on n × score below, every sum fits in a long.</summary>
    private const double LargestScaledScore = 1L << 50;

    public static AssignmentResult Solve(AssignmentProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var places = problem.DecimalPlaces;
        if (places >= 0)
        {
            var scale = DecimalPlaces.PowerOfTen(places);
            var largest = problem.MaxAbsScore * scale;
            var pathBound = 4.0 * (problem.MenteeCount + problem.MentorCount + 2);
            if (largest <= LargestScaledScore && largest * pathBound < 4e18)
            {
                return Solve<long>(problem, scale, cancellationToken);
            }
        }

        return Solve<double>(problem, 0, cancellationToken);
    }

    // scale: the power of ten that makes scores integers, or 0 for plain double arithmetic.
    private static AssignmentResult Solve<T>(AssignmentProblem problem, double scale, CancellationToken cancellationToken)
        where T : struct, INumber<T>
    {
        var step = scale > 0 ? 1 / scale : problem.MaxAbsScore * 1e-6;
        var estimate = PriceAuction.Estimate(problem, step, cancellationToken);
        var startPrices = new T[problem.MentorCount];
        var selectionPrices = new double[problem.MentorCount];
        for (var mentor = 0; mentor < startPrices.Length; mentor++)
        {
            // An auction price overshoots by up to its last ε; one step less keeps an uncontested tie a tie.
            startPrices[mentor] = Scaled<T>(Math.Max(0, estimate[mentor] - step), scale);
            selectionPrices[mentor] = Unscaled(startPrices[mentor], scale);
        }

        var graph = new CandidateGraph(problem, InitialCandidates, selectionPrices, MarginSteps * step);
        var tolerance = scale > 0 ? T.Zero : T.CreateTruncating(1e-9 * Math.Max(1, problem.MaxAbsScore));
        var scores = new T[problem.MenteeCount][];
        for (var mentee = 0; mentee < scores.Length; mentee++)
        {
            scores[mentee] = Scaled<T>(graph.Scores[mentee], scale);
        }

        var solver = new ShortestAugmentingPaths<T>(problem.MenteeCount, problem.CapacityArray, [.. graph.Mentors], scores);
        solver.Solve(startPrices, cancellationToken);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var profits = Profits(solver);
            var reopened = AddPairsThatPayMore(problem, graph, solver, startPrices, profits, scale, tolerance, cancellationToken);
            if (reopened == 0)
            {
                return ToResult(problem, solver, profits, scale);
            }

            solver.Resolve(cancellationToken);
        }
    }

    private static T[] Profits<T>(ShortestAugmentingPaths<T> solver)
        where T : struct, INumber<T>
    {
        var profits = new T[solver.MentorOf.Length];
        for (var i = 0; i < profits.Length; i++)
        {
            var mentor = solver.MentorOf[i];
            profits[i] = mentor < 0 ? T.Zero : solver.ScoreAtMentor[i] - solver.Prices[mentor];
        }

        return profits;
    }

    /// <summary>
    /// The optimality check against the full problem. A mentee is fine when no allowed pair pays more than
    /// its profit at current prices. Two bounds clear most mentees without reading their row: the best
    /// left-out score (prices are ≥ 0), and the best left-out value at the prices the pairs were chosen at
    /// plus the most any price has fallen since. A mentee with left-out pairs that pay more
    /// is given the best of them (by what they pay at current prices) and reopened in the solver.
    /// Returns how many mentees were reopened.
    /// </summary>
    private static int AddPairsThatPayMore<T>(
        AssignmentProblem problem, CandidateGraph graph, ShortestAugmentingPaths<T> solver, T[] selectionPrices, T[] profits, double scale,
        T tolerance, CancellationToken cancellationToken)
        where T : struct, INumber<T>
    {
        var prices = solver.Prices;
        var largestFall = T.Zero;
        for (var mentor = 0; mentor < prices.Length; mentor++)
        {
            largestFall = T.Max(largestFall, selectionPrices[mentor] - prices[mentor]);
        }

        var leftOut = new List<MentorScore>();
        var better = new List<(T Value, int Position)>();
        var added = new List<MentorScore>();
        var reopened = 0;
        for (var mentee = 0; mentee < problem.MenteeCount; mentee++)
        {
            var profit = profits[mentee];
            var bound = T.Min(Scaled<T>(graph.BestLeftOutScore[mentee], scale), Scaled<T>(graph.BestLeftOutValue[mentee], scale) + largestFall);
            if (bound <= profit + tolerance)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            graph.LeftOut(mentee, leftOut);
            better.Clear();
            var bestLeftOutScore = 0.0;
            var bestLeftOutValue = 0.0;
            for (var k = 0; k < leftOut.Count; k++)
            {
                var (mentor, score) = leftOut[k];
                var value = Scaled<T>(score, scale) - prices[mentor];
                if (value > profit + tolerance)
                {
                    better.Add((value, k));
                }
                else
                {
                    bestLeftOutScore = Math.Max(bestLeftOutScore, score);
                    bestLeftOutValue = Math.Max(bestLeftOutValue, score - graph.Prices[mentor]);
                }
            }

            if (better.Count == 0)
            {
                graph.Add(mentee, [], bestLeftOutScore, bestLeftOutValue);
                continue;
            }

            // The pairs that pay the most first, the lower mentor index among equals (positions ascend with it).
            better.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Position.CompareTo(b.Position));
            added.Clear();
            for (var b = 0; b < better.Count; b++)
            {
                var pair = leftOut[better[b].Position];
                if (b < PairsAddedPerRound)
                {
                    added.Add(pair);
                }
                else
                {
                    bestLeftOutScore = Math.Max(bestLeftOutScore, pair.Score);
                    bestLeftOutValue = Math.Max(bestLeftOutValue, pair.Score - graph.Prices[pair.Mentor]);
                }
            }

            graph.Add(mentee, added, bestLeftOutScore, bestLeftOutValue);
            solver.Reopen(mentee, graph.Mentors[mentee], Scaled<T>(graph.Scores[mentee], scale));
            reopened++;
        }

        return reopened;
    }

    private static AssignmentResult ToResult<T>(
        AssignmentProblem problem, ShortestAugmentingPaths<T> solver, T[] profits, double scale)
        where T : struct, INumber<T>
    {
        var pairs = new List<AssignedPair>();
        var scaledTotal = T.Zero;
        var total = 0.0;
        for (var mentee = 0; mentee < problem.MenteeCount; mentee++)
        {
            var mentor = solver.MentorOf[mentee];
            if (mentor < 0)
            {
                continue;
            }

            var score = problem.ScoreOf(mentee, mentor);
            pairs.Add(new AssignedPair(mentee, mentor, score));
            scaledTotal += solver.ScoreAtMentor[mentee];
            total += score;
        }

        var prices = new double[problem.MentorCount];
        for (var mentor = 0; mentor < prices.Length; mentor++)
        {
            prices[mentor] = problem.CapacityArray[mentor] == 0
                ? PriceNoOneCanPay(problem, mentor)
                : Unscaled(solver.Prices[mentor], scale);
        }

        var menteeProfits = new double[problem.MenteeCount];
        for (var mentee = 0; mentee < menteeProfits.Length; mentee++)
        {
            menteeProfits[mentee] = Unscaled(profits[mentee], scale);
        }

        // In integer mode the total is an exact decimal, rounded once; summing doubles would drift.
        return new AssignmentResult([.. pairs], scale > 0 ? Unscaled(scaledTotal, scale) : total, prices, menteeProfits);
    }

    /// <summary>A mentor without capacity adds nothing to the dual objective whatever its price, so price it above every offer.</summary>
    private static double PriceNoOneCanPay(AssignmentProblem problem, int mentor)
    {
        var price = 0.0;
        for (var mentee = 0; mentee < problem.MenteeCount; mentee++)
        {
            var score = problem.ScoreOf(mentee, mentor);
            if (score > price)
            {
                price = score;
            }
        }

        return price;
    }

    private static T[] Scaled<T>(double[] scores, double scale)
        where T : struct, INumber<T>
    {
        var scaled = new T[scores.Length];
        for (var k = 0; k < scores.Length; k++)
        {
            scaled[k] = Scaled<T>(scores[k], scale);
        }

        return scaled;
    }

    private static T Scaled<T>(double score, double scale)
        where T : struct, INumber<T> =>
        ShortestAugmentingPaths<T>.Scaled(score, scale);

    private static double Unscaled<T>(T value, double scale)
        where T : struct, INumber<T> =>
        scale > 0 ? double.CreateTruncating(value) / scale : double.CreateTruncating(value);
}
