using System.Numerics;

namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// Solves the cohort assignment problem exactly: the largest total score with each mentee given at most
/// one mentor and no mentor beyond its capacity. A pair with a score of zero or less is never taken.
/// <para>
/// How: (1) each mentee keeps only its best few dozen pairs (<see cref="CandidateGraph"/>); (2) on that
/// graph, bidding places most mentees and raises the prices of contested mentors, then successive
/// shortest augmenting paths with those prices place the rest exactly
/// (<see cref="ShortestAugmentingPaths{T}"/>), all on mentors with capacities rather than on the
/// capacity-expanded matrix; (3) the prices are checked against every allowed pair of the full problem,
/// and any mentee for whom a left-out pair would pay more is given more pairs (in a dense problem,
/// eventually its whole row) and the graph solved again. On exit the prices certify optimality for the
/// whole problem (see <see cref="AssignmentResult"/>).
/// </para>
/// <para>
/// Arithmetic: when every score is a decimal with at most 12 places (as read from a file), the solver works
/// on scores scaled to integers, so the optimum is exact on the decimals given. Otherwise it works in
/// double precision and the certificate holds within 1e-9 relative to the largest score.
/// </para>
/// <para>
/// Ties, so that the same input always gives the same output: mentees are placed in ascending index
/// order; between equally good choices the lower mentor index is taken; a mentee already placed is not
/// left out in favour of a later mentee for an equal total; placing a mentee is preferred to leaving it
/// out when the totals are equal. These rules choose among optimal assignments as the solver meets them;
/// they do not promise the lexicographically smallest optimum.
/// </para>
/// </summary>
public static class AssignmentSolver
{
    /// <summary>Candidate pairs kept per mentee at first; enough for random and clustered scores alike.</summary>
    private const int InitialCandidates = 32;

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
        var graph = new CandidateGraph(problem, InitialCandidates);
        var tolerance = scale > 0 ? T.Zero : T.CreateTruncating(1e-9 * Math.Max(1, problem.MaxAbsScore));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var solver = Build<T>(problem, graph, scale);
            solver.Solve(cancellationToken);
            var profits = Profits(solver);
            if (!WidenWhereLeftOutPairsPayMore(problem, graph, solver.Prices, profits, scale, tolerance, cancellationToken))
            {
                return ToResult(problem, graph, solver, profits, scale);
            }
        }
    }

    private static ShortestAugmentingPaths<T> Build<T>(AssignmentProblem problem, CandidateGraph graph, double scale)
        where T : struct, INumber<T>
    {
        var menteeCount = problem.MenteeCount;
        var start = new int[menteeCount + 1];
        for (var i = 0; i < menteeCount; i++)
        {
            start[i + 1] = start[i] + graph.Mentors[i].Length;
        }

        var mentors = new int[start[menteeCount]];
        var scores = new T[start[menteeCount]];
        for (var i = 0; i < menteeCount; i++)
        {
            graph.Mentors[i].CopyTo(mentors, start[i]);
            var row = graph.Scores[i];
            for (var k = 0; k < row.Length; k++)
            {
                scores[start[i] + k] = Scaled<T>(row[k], scale);
            }
        }

        return new ShortestAugmentingPaths<T>(menteeCount, problem.CapacityArray, start, mentors, scores, graph.Full, problem.DenseRows, scale);
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
    /// its profit at current prices; the best left-out score bounds every left-out pair (prices are ≥ 0),
    /// so most mentees are cleared without reading their row. Returns whether any mentee was widened.
    /// </summary>
    private static bool WidenWhereLeftOutPairsPayMore<T>(
        AssignmentProblem problem, CandidateGraph graph, T[] prices, T[] profits, double scale, T tolerance, CancellationToken cancellationToken)
        where T : struct, INumber<T>
    {
        var widened = false;
        var capacities = problem.CapacityArray;
        for (var mentee = 0; mentee < problem.MenteeCount; mentee++)
        {
            var profit = profits[mentee];
            if (Scaled<T>(graph.BestLeftOut[mentee], scale) <= profit + tolerance)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var better = 0;
            for (var mentor = 0; mentor < problem.MentorCount; mentor++)
            {
                var score = problem.ScoreOf(mentee, mentor);
                if (score > 0 && capacities[mentor] > 0 && Scaled<T>(score, scale) - prices[mentor] > profit + tolerance)
                {
                    better++;
                }
            }

            if (better > 0)
            {
                graph.Widen(mentee, Math.Max(4 * graph.LimitOf(mentee), graph.LimitOf(mentee) + (2 * better)));
                widened = true;
            }
        }

        return widened;
    }

    private static AssignmentResult ToResult<T>(
        AssignmentProblem problem, CandidateGraph graph, ShortestAugmentingPaths<T> solver, T[] profits, double scale)
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

    private static T Scaled<T>(double score, double scale)
        where T : struct, INumber<T> =>
        ShortestAugmentingPaths<T>.Scaled(score, scale);

    private static double Unscaled<T>(T value, double scale)
        where T : struct, INumber<T> =>
        scale > 0 ? double.CreateTruncating(value) / scale : double.CreateTruncating(value);
}
