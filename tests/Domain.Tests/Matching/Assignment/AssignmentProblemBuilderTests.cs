using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Domain.Tests.Matching.Assignment;

public class AssignmentProblemBuilderTests
{
    [Fact]
    public void A_negative_capacity_is_refused_naming_the_mentor()
    {
        var result = new DenseAssignmentProblemBuilder([1, -2]).Build();

        Assert.Equal("capacities[1]", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void A_dense_row_of_the_wrong_length_or_with_an_infinite_score_is_refused()
    {
        var result = new DenseAssignmentProblemBuilder([1, 1])
            .AddMentee([1, 2])
            .AddMentee([1])
            .AddMentee([double.PositiveInfinity, double.NaN])
            .Build();

        Assert.Equal(["scores[1]", "scores[2][0]"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_sparse_row_with_an_unknown_or_repeated_mentor_or_a_non_finite_score_is_refused()
    {
        var result = new SparseAssignmentProblemBuilder([1, 1])
            .AddMentee([new MentorScore(0, 1), new MentorScore(2, 1), new MentorScore(1, double.NaN), new MentorScore(0, 3)])
            .Build();

        Assert.Equal(["pairs[0][1].mentor", "pairs[0][2].score", "pairs[0][3].mentor"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_sparse_problem_reads_back_its_allowed_pairs_and_forbids_the_rest()
    {
        var problem = new SparseAssignmentProblemBuilder([1, 1, 1])
            .AddMentee([new MentorScore(2, 0.5), new MentorScore(0, 1.5)])
            .Build().Value;

        Assert.Equal(1.5, problem.ScoreOf(0, 0));
        Assert.True(double.IsNaN(problem.ScoreOf(0, 1)));
        Assert.Equal(0.5, problem.ScoreOf(0, 2));
        Assert.False(problem.IsDense);
        Assert.Equal((1, 3), (problem.MenteeCount, problem.MentorCount));
    }

    [Fact]
    public void Only_the_first_hundred_errors_are_kept()
    {
        var builder = new DenseAssignmentProblemBuilder([1]);
        for (var i = 0; i < 150; i++)
        {
            builder.AddMentee([double.NegativeInfinity]);
        }

        Assert.Equal(DenseAssignmentProblemBuilder.MaxErrors, builder.Build().Errors.Count);
    }
}
