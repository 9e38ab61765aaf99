using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Tests.CloseOut;

public class OutcomesTests
{
    [Fact]
    public void The_share_of_goals_met_and_the_confidence_change_come_from_the_final_review()
    {
        var outcomes = Outcomes.Create(new OutcomesDraft([true, false, true, true], ["Negotiation"], 2, 5, 3, false), 4).Value;

        Assert.Equal(3, outcomes.GoalsMetCount);
        Assert.Equal(0.75, outcomes.ShareOfGoalsMet);
        Assert.Equal(3, outcomes.ConfidenceChange);
        Assert.Equal(3, outcomes.NewContacts);
        Assert.False(outcomes.Promoted);
    }

    [Fact]
    public void Every_bad_outcome_field_is_named()
    {
        var result = Outcomes.Create(new OutcomesDraft([true], ["x", "Leadership"], 0, 6, -1, null), 2);

        Assert.Equal(["goalsMet", "skillsGained[0]", "confidenceBefore", "confidenceAfter", "newContacts"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Unanswered_contacts_and_promotion_mean_none()
    {
        var outcomes = Outcomes.Create(new OutcomesDraft([true], null, 3, 3, null, null), 1).Value;

        Assert.Equal(0, outcomes.NewContacts);
        Assert.False(outcomes.Promoted);
        Assert.Empty(outcomes.SkillsGained);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(6)]
    public void An_exit_rating_is_from_1_to_5(int? rating)
    {
        Assert.Equal("rating", Assert.Single(ExitRating.Create(MentorshipRole.Mentor, new ExitRatingDraft(rating, null)).Errors).Field);
    }

    [Fact]
    public void An_early_close_from_an_unknown_requester_is_refused()
    {
        var result = EarlyCloseRequest.Create((CloseRequester)9, "Some reason", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("requestedBy", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void An_early_close_needs_a_reason()
    {
        var result = EarlyCloseRequest.Create(CloseRequester.Mentee, "  ", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("reason", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void An_early_close_keeps_who_asked_why_as_entered_and_when()
    {
        var at = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var request = EarlyCloseRequest.Create(CloseRequester.Administrator, " Programme restructured ", at).Value;

        Assert.Equal(CloseRequester.Administrator, request.RequestedBy);
        Assert.Equal(" Programme restructured ", request.Reason); // free text is stored as entered, encoded when rendered
        Assert.Equal(at, request.RequestedAt);
    }
}
