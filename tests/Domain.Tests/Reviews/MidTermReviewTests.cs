using MentorFlow.Domain.Reviews;

namespace MentorFlow.Domain.Tests.Reviews;

public class MidTermReviewTests
{
    [Theory]
    [InlineData(6, 3)]
    [InlineData(5, 3)]
    [InlineData(12, 6)]
    [InlineData(2, 1)]
    public void Goals_are_revisited_at_the_cycle_that_ends_the_first_half(int totalCycles, int midTerm)
    {
        Assert.Equal(midTerm, MidTermReview.CycleOf(totalCycles));
        Assert.True(MidTermReview.IsMidTerm(midTerm, totalCycles));
        Assert.False(MidTermReview.IsMidTerm(midTerm + 1, totalCycles));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void A_term_of_one_cycle_has_no_mid_term_review(int totalCycles)
    {
        Assert.Null(MidTermReview.CycleOf(totalCycles));
        Assert.False(MidTermReview.IsMidTerm(1, totalCycles));
    }
}
