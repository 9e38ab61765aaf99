using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Domain.Tests.Matching.Assignment;

public class AssignmentSolverDeterminismTests
{
    [Fact]
    public void Two_mentees_tied_for_the_last_place_leave_it_to_the_lower_index()
    {
        var result = AssignmentSolver.Solve(ProblemBuilder.WithScores([2], [2]).WithCapacities(1).Dense());

        Assert.Equal([new AssignedPair(0, 0, 2)], result.Pairs);
    }

    [Fact]
    public void A_mentee_indifferent_between_mentors_gets_the_lower_index()
    {
        var result = AssignmentSolver.Solve(ProblemBuilder.WithScores([1, 3, 3]).WithCapacities(1, 1, 1).Dense());

        Assert.Equal([new AssignedPair(0, 1, 3)], result.Pairs);
    }

    [Fact]
    public void Placing_a_mentee_is_preferred_to_leaving_it_out_at_an_equal_total()
    {
        // Mentee 0 can take mentor 0 (3) or mentor 1 (3); mentee 1 only mentor 0 (1) and its own... placing
        // both (3 + 1 via mentor 1 and 0) beats leaving mentee 1 out.
        var result = AssignmentSolver.Solve(ProblemBuilder.WithScores([3, 3], [1, double.NaN]).WithCapacities(1, 1).Dense());

        Assert.Equal([new AssignedPair(0, 1, 3), new AssignedPair(1, 0, 1)], result.Pairs);
    }

    [Fact]
    public void The_same_problem_gives_the_same_pairs_every_time()
    {
        var random = new Random(21);
        var builder = ProblemBuilder.Random(random, 500, 80, [0.1, 0.2, 0.3, 0.5], forbidden: 0.1).WithCapacity(3);

        var first = AssignmentSolver.Solve(builder.Dense());
        var second = AssignmentSolver.Solve(builder.Dense());

        Assert.Equal(first.Pairs, second.Pairs);
        Assert.Equal(first.MentorPrices, second.MentorPrices);
    }

    [Fact]
    public void Permuting_mentees_and_mentors_permutes_a_unique_optimum_the_same_way()
    {
        // Scores with six random decimals make ties between assignments practically impossible, so the
        // optimum is unique and must not depend on the order the problem lists people in.
        var random = new Random(8);
        const int Mentees = 300, Mentors = 70;
        var builder = ProblemBuilder.Random(random, Mentees, Mentors, Enumerable.Range(1, 999_999).Select(v => v / 1e6).ToArray())
            .WithCapacities(Enumerable.Range(0, Mentors).Select(_ => random.Next(1, 6)).ToArray());
        var menteeOrder = Enumerable.Range(0, Mentees).OrderBy(_ => random.Next()).ToArray();
        var mentorOrder = Enumerable.Range(0, Mentors).OrderBy(_ => random.Next()).ToArray();
        var permuted = ProblemBuilder
            .WithScores(menteeOrder.Select(i => mentorOrder.Select(j => builder.Scores[i][j]).ToArray()).ToArray())
            .WithCapacities(mentorOrder.Select(j => builder.Capacities[j]).ToArray());

        var original = AssignmentSolver.Solve(builder.Dense());
        var reordered = AssignmentSolver.Solve(permuted.Dense());

        var mapped = reordered.Pairs
            .Select(p => (Mentee: menteeOrder[p.Mentee], Mentor: mentorOrder[p.Mentor]))
            .OrderBy(p => p.Mentee);
        Assert.Equal(original.Pairs.Select(p => (p.Mentee, p.Mentor)), mapped);
        Assert.Equal(original.TotalScore, reordered.TotalScore);
    }
}
