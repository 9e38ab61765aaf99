using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Domain.Tests.Matching.Assignment;

public class AssignmentSolverOptimalityTests
{
    // Few distinct values make ties common; negatives and zero must never be taken.
    private static readonly double[] s_tiedDecimals = [-1.5, -0.25, 0, 0, 0.5, 1, 1, 2.25, 3];

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Small_random_problems_reach_the_brute_force_optimum_with_a_valid_certificate(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var mentees = random.Next(0, 7);
            var mentors = random.Next(1, 4);
            var builder = ProblemBuilder.Random(random, mentees, mentors, s_tiedDecimals, forbidden: 0.25)
                .WithCapacities(Enumerable.Range(0, mentors).Select(_ => random.Next(0, 3)).ToArray());
            var optimum = AssignmentChecks.BruteForceOptimum(builder.Scores, builder.Capacities);

            foreach (var problem in new[] { builder.Dense(), builder.Sparse() })
            {
                var result = AssignmentSolver.Solve(problem);

                AssignmentChecks.AssertFeasible(builder.Scores, builder.Capacities, result);
                AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, result);
                Assert.Equal(optimum, result.TotalScore, 1e-9);
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Scores_that_are_no_short_decimals_are_solved_in_double_precision_to_the_brute_force_optimum(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 100; round++)
        {
            var mentors = random.Next(1, 4);
            var values = Enumerable.Range(0, 6).Select(_ => (random.NextDouble() * 2) - 0.5).ToArray();
            var builder = ProblemBuilder.Random(random, random.Next(1, 7), mentors, values, forbidden: 0.2)
                .WithCapacities(Enumerable.Range(0, mentors).Select(_ => random.Next(0, 3)).ToArray());

            var result = AssignmentSolver.Solve(builder.Dense());

            AssignmentChecks.AssertFeasible(builder.Scores, builder.Capacities, result);
            AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, result);
            Assert.Equal(AssignmentChecks.BruteForceOptimum(builder.Scores, builder.Capacities), result.TotalScore, 1e-9);
        }
    }

    [Fact]
    public void A_planted_perfect_assignment_is_found_among_distractor_scores()
    {
        // Each mentee scores 1 with its planted mentor and below 0.9 elsewhere, and the planted mentors fill
        // every slot exactly: the planted assignment is the only one with total 2,000.
        const int Mentees = 2000, Mentors = 400, Capacity = 5;
        var random = new Random(7);
        var planted = Enumerable.Range(0, Mentees).Select(i => i % Mentors).OrderBy(_ => random.Next()).ToArray();
        var scores = new double[Mentees][];
        for (var i = 0; i < Mentees; i++)
        {
            scores[i] = Enumerable.Range(0, Mentors).Select(_ => Math.Round(random.NextDouble() * 0.9, 3)).ToArray();
            scores[i][planted[i]] = 1;
        }

        var builder = ProblemBuilder.WithScores(scores).WithCapacity(Capacity);

        var result = AssignmentSolver.Solve(builder.Dense());

        Assert.Equal(2000, result.TotalScore);
        Assert.Equal(planted, result.Pairs.Select(p => p.Mentor));
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, result);
    }

    [Theory]
    [InlineData(10.0)] // decimal scores: integer arithmetic
    [InlineData(7.0)] // sevenths are no short decimals: double arithmetic
    public void Identical_preferences_beyond_the_first_candidates_still_reach_the_optimum(double divisor)
    {
        // Every mentee ranks the 100 mentors alike, so most must go far down their list, past the pairs the
        // solver keeps at first. With more mentees than slots every slot is filled: the optimum is the sum of
        // each mentor's score times its capacity.
        const int Mentees = 300, Mentors = 100;
        var row = Enumerable.Range(0, Mentors).Select(j => (Mentors - j) / divisor).ToArray();
        var builder = ProblemBuilder.WithScores(Enumerable.Range(0, Mentees).Select(_ => row).ToArray()).WithCapacity(2);

        var result = AssignmentSolver.Solve(builder.Dense());

        Assert.Equal(2 * row.Sum(), result.TotalScore, 1e-9);
        Assert.Equal(200, result.Pairs.Count);
        AssignmentChecks.AssertFeasible(builder.Scores, builder.Capacities, result);
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, result);
    }

    [Fact]
    public void Separable_scores_fill_every_slot_with_the_best_mentees()
    {
        // a_ij = x_i + y_j: with fewer slots than mentees, the optimum seats the mentees with the largest x in
        // every slot, whatever the pairing (a problem full of ties): Σ top-x + Σ capacity_j · y_j.
        var random = new Random(3);
        var x = Enumerable.Range(0, 600).Select(_ => random.Next(1, 1000) / 100.0).ToArray();
        var y = Enumerable.Range(0, 50).Select(_ => random.Next(1, 300) / 100.0).ToArray();
        var capacities = Enumerable.Range(0, 50).Select(_ => random.Next(0, 9)).ToArray();
        var scores = x.Select(xi => y.Select(yj => xi + yj).ToArray()).ToArray();
        var slots = capacities.Sum();
        var expected = x.OrderDescending().Take(slots).Sum() + capacities.Select((c, j) => c * y[j]).Sum();
        var builder = ProblemBuilder.WithScores(scores).WithCapacities(capacities);

        var result = AssignmentSolver.Solve(builder.Dense());

        Assert.Equal(expected, result.TotalScore, 1e-6);
        Assert.Equal(slots, result.Pairs.Count);
        AssignmentChecks.AssertFeasible(builder.Scores, builder.Capacities, result);
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, result);
    }

    [Fact]
    public void Medium_random_problems_give_the_same_total_dense_and_sparse_and_never_exceed_capacity()
    {
        var random = new Random(5);
        var values = Enumerable.Range(-20, 120).Select(v => v / 8.0).ToArray();
        var builder = ProblemBuilder.Random(random, 400, 60, values, forbidden: 0.3)
            .WithCapacities(Enumerable.Range(0, 60).Select(_ => random.Next(0, 8)).ToArray());

        var dense = AssignmentSolver.Solve(builder.Dense());
        var sparse = AssignmentSolver.Solve(builder.Sparse());

        Assert.Equal(dense.TotalScore, sparse.TotalScore);
        AssignmentChecks.AssertFeasible(builder.Scores, builder.Capacities, dense);
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, dense);
        AssignmentChecks.AssertFeasible(builder.Scores, builder.Capacities, sparse);
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, sparse);
    }

    [Fact]
    public void Negative_and_zero_scores_are_never_taken_even_with_capacity_to_spare()
    {
        var builder = ProblemBuilder.WithScores([-1, 0], [0, -2], [double.NaN, 0.5]).WithCapacities(3, 3);

        var result = AssignmentSolver.Solve(builder.Dense());

        Assert.Equal([new AssignedPair(2, 1, 0.5)], result.Pairs);
        Assert.Equal(0.5, result.TotalScore);
    }

    [Fact]
    public void Mentors_without_capacity_get_nobody_and_a_price_above_every_offer()
    {
        var builder = ProblemBuilder.WithScores([9, 1], [8, 2]).WithCapacities(0, 1);

        var result = AssignmentSolver.Solve(builder.Dense());

        Assert.Equal([new AssignedPair(1, 1, 2)], result.Pairs);
        Assert.Equal(9, result.MentorPrices[0]);
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, result);
    }

    [Fact]
    public void An_empty_problem_has_no_pairs()
    {
        var result = AssignmentSolver.Solve(ProblemBuilder.WithScores().WithCapacities(2, 1).Dense());

        Assert.Empty(result.Pairs);
        Assert.Equal(0, result.TotalScore);
        Assert.Equal([0.0, 0.0], result.MentorPrices);
    }

    [Fact]
    public void A_cancelled_solve_stops()
    {
        var builder = ProblemBuilder.WithScores([1]).WithCapacities(1);

        Assert.Throws<OperationCanceledException>(() => AssignmentSolver.Solve(builder.Dense(), new CancellationToken(canceled: true)));
    }
}
