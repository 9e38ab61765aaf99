using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Domain.Tests.Matching.Assignment;

/// <summary>Independent checks of a result: feasibility, the dual certificate of optimality, and a brute-force optimum.</summary>
internal static class AssignmentChecks
{
    private const double Tolerance = 1e-9;

    /// <summary>Each mentee at most once, allowed pairs only, scores as given, no mentor over capacity, total = sum of pairs.</summary>
    public static void AssertFeasible(double[][] scores, int[] capacities, AssignmentResult result)
    {
        var load = new int[capacities.Length];
        var seen = new HashSet<int>();
        foreach (var (mentee, mentor, score) in result.Pairs)
        {
            Assert.True(seen.Add(mentee), $"mentee {mentee} assigned twice");
            Assert.False(double.IsNaN(scores[mentee][mentor]), $"forbidden pair {mentee}-{mentor} taken");
            Assert.Equal(scores[mentee][mentor], score);
            Assert.True(score > 0, $"pair {mentee}-{mentor} with score {score} taken");
            load[mentor]++;
        }

        for (var j = 0; j < capacities.Length; j++)
        {
            Assert.True(load[j] <= capacities[j], $"mentor {j} has {load[j]} mentees for capacity {capacities[j]}");
        }

        Assert.Equal(result.Pairs.Sum(p => p.Score), result.TotalScore, Tolerance);
        Assert.Equal(result.Pairs.OrderBy(p => p.Mentee).Select(p => p.Mentee), result.Pairs.Select(p => p.Mentee));
    }

    /// <summary>
    /// Complementary slackness: prices and profits are ≥ 0, no allowed pair pays more than the mentee's profit,
    /// assigned pairs pay exactly it, only full mentors have a price, only assigned mentees a profit, and the dual
    /// objective equals the total. Together these prove the total is the maximum.
    /// </summary>
    public static void AssertCertified(double[][] scores, int[] capacities, AssignmentResult result)
    {
        var p = result.MentorPrices;
        var w = result.MenteeProfits;
        var mentorOf = Enumerable.Repeat(-1, scores.Length).ToArray();
        var load = new int[capacities.Length];
        foreach (var pair in result.Pairs)
        {
            mentorOf[pair.Mentee] = pair.Mentor;
            load[pair.Mentor]++;
        }

        for (var j = 0; j < capacities.Length; j++)
        {
            Assert.True(p[j] >= 0, $"price of mentor {j} is negative");
            Assert.True(p[j] <= Tolerance || load[j] == capacities[j], $"mentor {j} is priced {p[j]} but not full");
        }

        for (var i = 0; i < scores.Length; i++)
        {
            Assert.True(w[i] >= -Tolerance, $"profit of mentee {i} is negative");
            Assert.True(w[i] <= Tolerance || mentorOf[i] >= 0, $"mentee {i} has profit {w[i]} but no mentor");
            for (var j = 0; j < capacities.Length; j++)
            {
                if (!double.IsNaN(scores[i][j]))
                {
                    Assert.True(scores[i][j] - p[j] <= w[i] + Tolerance, $"pair {i}-{j} pays {scores[i][j] - p[j]} over profit {w[i]}");
                }
            }

            if (mentorOf[i] >= 0)
            {
                Assert.Equal(w[i], scores[i][mentorOf[i]] - p[mentorOf[i]], Tolerance);
            }
        }

        var dual = w.Sum() + capacities.Select((c, j) => c * p[j]).Sum();
        Assert.Equal(result.TotalScore, dual, 1e-6);
    }

    /// <summary>The optimum by trying every mentor (or none) for every mentee; for a handful of mentees only.</summary>
    public static double BruteForceOptimum(double[][] scores, int[] capacities)
    {
        var load = new int[capacities.Length];
        return Best(0);

        double Best(int mentee)
        {
            if (mentee == scores.Length)
            {
                return 0;
            }

            var best = Best(mentee + 1);
            for (var j = 0; j < capacities.Length; j++)
            {
                if (!double.IsNaN(scores[mentee][j]) && load[j] < capacities[j])
                {
                    load[j]++;
                    best = Math.Max(best, scores[mentee][j] + Best(mentee + 1));
                    load[j]--;
                }
            }

            return best;
        }
    }
}
