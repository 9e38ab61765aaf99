using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Tests.CloseOut;

namespace MentorFlow.Domain.Tests.Messages;

public class CloseOutEmailTests
{
    private static readonly Uri FinalReview = new("https://mentorflow.example/a/final-review?token=f");
    private static readonly CloseOutReport Report = new CloseOutBuilder().Build();

    [Fact]
    public void The_mentees_summary_shows_the_outcomes_and_their_own_rating_but_never_the_mentors()
    {
        var content = new CloseOutSummaryEmail("Ada", "Grace", "Pilot", Report.ForParticipant(MentorshipRole.Mentee)).Render();

        Assert.Contains("- 2 of 3 goals met (67 %).", content.Text, StringComparison.Ordinal);
        Assert.Contains("You rated the mentorship 5 out of 5.", content.Text, StringComparison.Ordinal);
        foreach (var part in new[] { content.Text, content.Html })
        {
            Assert.DoesNotContain("Mentorcomment", part, StringComparison.Ordinal);
            Assert.DoesNotContain("2 out of 5", part, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_mentors_summary_shows_their_own_rating_but_never_the_mentees()
    {
        var content = new CloseOutSummaryEmail("Grace", "Ada", "Pilot", Report.ForParticipant(MentorshipRole.Mentor)).Render();

        Assert.Contains("You rated the mentorship 2 out of 5.", content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Menteecomment", content.Text + content.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("5 out of 5", content.Text + content.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_administrators_summary_shows_both_ratings_with_their_comments()
    {
        var content = new AdministratorCloseOutEmail("Sam", "Ada", "Grace", "Pilot", Report.ForAdministrator(), new Uri("https://mentorflow.example/admin/m/1")).Render();

        Assert.Contains("- Ada (mentee): 5 out of 5 — \"Menteecomment: wonderful mentor\"", content.Text, StringComparison.Ordinal);
        Assert.Contains("- Grace (mentor): 2 out of 5 — \"Mentorcomment: often unprepared\"", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_final_review_request_promises_the_rating_stays_private()
    {
        var content = new FinalReviewRequestEmail("Grace", MentorshipRole.Mentor, "Ada", "Pilot", FinalReview, new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero)).Render();

        Assert.Contains("Your rating is private: Ada never sees it.", content.Text, StringComparison.Ordinal);
        Assert.Contains("Send your final review: " + FinalReview.AbsoluteUri, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mentor_is_thanked_by_name_for_the_mentee_they_mentored()
    {
        var content = new MentorThanksEmail("Grace", "Ada", "Pilot").Render();

        Assert.StartsWith("Hi Grace,", content.Text, StringComparison.Ordinal);
        Assert.Contains("Thank you for mentoring Ada in Pilot.", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mentee_is_invited_to_become_a_mentor()
    {
        var enrol = new Uri("https://mentorflow.example/programmes/p-1/enrol?role=mentor");

        var content = new BecomeAMentorEmail("Ada", "Pilot", enrol).Render();

        Assert.Contains("Enrol as a mentor: " + enrol.AbsoluteUri, content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CloseRequester.Mentee, CloseRequester.Mentee, true)]
    [InlineData(CloseRequester.Mentee, CloseRequester.Mentor, false)]
    [InlineData(CloseRequester.Mentee, CloseRequester.Administrator, true)]
    [InlineData(CloseRequester.Administrator, CloseRequester.Mentor, false)]
    public void The_early_close_reason_reaches_only_the_requester_and_the_administrator(CloseRequester requestedBy, CloseRequester recipient, bool seesReason)
    {
        var request = EarlyCloseRequest.Create(requestedBy, "Private reason here", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)).Value;

        var content = new EarlyCloseConfirmationEmail("Someone", recipient, "Ada", "Grace", "Pilot", request, null).Render();

        Assert.Equal(seesReason, content.Text.Contains("Private reason here", StringComparison.Ordinal));
        Assert.Equal(seesReason, content.Html.Contains("Private reason here", StringComparison.Ordinal));
    }

    [Fact]
    public void The_early_close_confirmation_says_who_asked()
    {
        var request = EarlyCloseRequest.Create(CloseRequester.Mentor, "Changing roles", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)).Value;

        var toMentee = new EarlyCloseConfirmationEmail("Ada", CloseRequester.Mentee, "Ada", "Grace", "Pilot", request, FinalReview).Render();
        var toMentor = new EarlyCloseConfirmationEmail("Grace", CloseRequester.Mentor, "Ada", "Grace", "Pilot", request, null).Render();

        Assert.Contains("We are closing your mentorship with Grace in Pilot early, at the request of the mentor.", toMentee.Text, StringComparison.Ordinal);
        Assert.Contains("Send your final review: " + FinalReview.AbsoluteUri, toMentee.Text, StringComparison.Ordinal);
        Assert.Contains("We are closing your mentorship with Ada in Pilot early, as you asked.", toMentor.Text, StringComparison.Ordinal);
        Assert.Contains("Future meetings are cancelled.", toMentor.Text, StringComparison.Ordinal);
    }
}
