using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Tests.Reviews;

namespace MentorFlow.Domain.Tests.CloseOut;

public class FinalReviewTests
{
    [Fact]
    public void A_final_review_keeps_the_rating_for_its_side_and_the_texts_as_written()
    {
        var review = FinalReview.Create(MentorshipRole.Mentor, new FinalReviewDraft(4, "She led the negotiation herself.", null)).Value;

        Assert.Equal(MentorshipRole.Mentor, review.By);
        Assert.Equal((MentorshipRole.Mentor, 4), (review.Rating.By, review.Rating.Rating));
        Assert.Equal("She led the negotiation herself.", review.WentWell);
        Assert.Null(review.CarryForward);
    }

    [Fact]
    public void An_incomplete_final_review_names_every_bad_field()
    {
        var result = FinalReview.Create(MentorshipRole.Mentee, new FinalReviewDraft(9, " ", new string('x', FinalReview.TextMaxLength + 1)));

        Assert.Equal(["rating", "wentWell", "carryForward"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void The_summary_carries_both_final_reviews_but_neither_rating()
    {
        var reviews = new FinalReviews(
            FinalReview.Create(MentorshipRole.Mentee, new FinalReviewDraft(5, "Preparing each meeting", "Ask for feedback early")).Value,
            FinalReview.Create(MentorshipRole.Mentor, new FinalReviewDraft(2, "Honest conversations", null)).Value);

        var summary = CloseOutSummary.Build(null, new CyclesBuilder().Healthy().Build(), null, reviews);

        Assert.Contains("The mentee's final review: what went well: \"Preparing each meeting\"; to carry forward: \"Ask for feedback early\".", summary.Lines);
        Assert.Contains("The mentor's final review: what went well: \"Honest conversations\".", summary.Lines);
        Assert.DoesNotContain(summary.Lines, l => l.Contains("rate", StringComparison.OrdinalIgnoreCase) || l.Contains(" 5 ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_says_plainly_which_final_review_is_missing()
    {
        var reviews = new FinalReviews(FinalReview.Create(MentorshipRole.Mentee, new FinalReviewDraft(4, "Regular meetings", null)).Value, null);

        var summary = CloseOutSummary.Build(null, new CyclesBuilder().Healthy().Build(), null, reviews);

        Assert.Contains("No final review from the mentor.", summary.Lines);
        Assert.DoesNotContain(summary.Lines, l => l.StartsWith("No final review from the mentee", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_without_final_reviews_asked_for_says_nothing_about_them()
    {
        var summary = CloseOutSummary.Build(null, [], null, null);

        Assert.DoesNotContain(summary.Lines, l => l.Contains("final review", StringComparison.OrdinalIgnoreCase));
    }
}
