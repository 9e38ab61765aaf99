using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Domain.Tests.Matching.Assignment;

/// <summary>
/// Structured, tie-heavy problems (few distinct scores, contested clusters): the case that once stalled the
/// solver. Each result is checked for feasibility, its certificate, and against an optimum found another way.
/// </summary>
public class AssignmentSolverTieTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 30; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Small_clustered_problems_reach_the_brute_force_optimum(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var mentors = random.Next(1, 4);
            var builder = ProblemBuilder.Clustered(random, random.Next(1, 8), mentors, clusters: 2, features: 3)
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
    [InlineData(1, 120, 20, 5)]
    [InlineData(2, 150, 30, 5)] // exactly as many places as mentees: every place is contested
    [InlineData(3, 200, 25, 3)] // fewer places than mentees
    [InlineData(4, 90, 40, 4)] // more places than mentees
    public void Mid_sized_clustered_problems_reach_the_optimum_of_an_independent_hungarian_method(int seed, int mentees, int mentors, int capacity)
    {
        var builder = ProblemBuilder.Clustered(new Random(seed), mentees, mentors).WithCapacity(capacity);

        var dense = AssignmentSolver.Solve(builder.Dense());
        var sparse = AssignmentSolver.Solve(builder.Sparse());

        var optimum = ReferenceHungarian.Optimum(builder.Scores, builder.Capacities);
        Assert.Equal(optimum, dense.TotalScore, 1e-9);
        Assert.Equal(optimum, sparse.TotalScore, 1e-9);
        AssignmentChecks.AssertFeasible(builder.Scores, builder.Capacities, dense);
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, dense);
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, sparse);
    }

    [Fact]
    public void Identical_mentees_competing_for_identical_mentors_fill_every_place_with_the_earliest_mentees()
    {
        // Every pair scores the same: any full assignment is optimal, and the tie rules pick one.
        var scores = Enumerable.Range(0, 40).Select(_ => Enumerable.Repeat(0.5, 8).ToArray()).ToArray();
        var builder = ProblemBuilder.WithScores(scores).WithCapacity(3);

        var result = AssignmentSolver.Solve(builder.Dense());

        Assert.Equal(24, result.Pairs.Count);
        Assert.Equal(12, result.TotalScore, 1e-9);
        Assert.Equal(Enumerable.Range(0, 24), result.Pairs.Select(p => p.Mentee));
        AssignmentChecks.AssertCertified(builder.Scores, builder.Capacities, result);
    }

    [Fact]
    public void A_clustered_problem_gives_the_same_pairs_and_prices_every_time()
    {
        var builder = ProblemBuilder.Clustered(new Random(17), 300, 40).WithCapacity(5);

        var first = AssignmentSolver.Solve(builder.Dense());
        var second = AssignmentSolver.Solve(builder.Dense());

        Assert.Equal(first.Pairs, second.Pairs);
        Assert.Equal(first.MentorPrices, second.MentorPrices);
        Assert.Equal(first.MenteeProfits, second.MenteeProfits);
    }
}
