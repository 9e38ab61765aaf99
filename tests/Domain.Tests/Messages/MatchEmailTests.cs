using MentorFlow.Domain.Messages;

namespace MentorFlow.Domain.Tests.Messages;

public class MatchEmailTests
{
    private static readonly DateTimeOffset RespondBy = new(2026, 3, 3, 14, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_mentee_confirmation_lists_the_goals_they_shared()
    {
        var content = new MenteeEnrolmentConfirmationEmail("Ada", "Pilot", ["Lead a design review", "Speak at a meetup"]).Render();

        Assert.Contains("- Lead a design review\n- Speak at a meetup\n", content.Text, StringComparison.Ordinal);
        Assert.Contains("<li>Speak at a meetup</li>", content.Html, StringComparison.Ordinal);
        Assert.Equal("You're enrolled in Pilot", content.Subject);
    }

    [Fact]
    public void A_mentor_confirmation_states_their_capacity_and_how_to_pause()
    {
        var pause = new Uri("https://mentorflow.example/a/pause?token=p");

        var content = new MentorEnrolmentConfirmationEmail("Grace", "Pilot", 1, pause).Render();

        Assert.Contains("one mentee at a time", content.Text, StringComparison.Ordinal);
        Assert.Contains("Pause new matches: https://mentorflow.example/a/pause?token=p", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_proposal_tells_the_mentee_who_and_why_with_the_score()
    {
        var content = new MatchProposalEmail("Ada", "Grace", "Pilot", 0.734, ["both prefer video calls", "6 h of weekly overlap"]).Render();

        Assert.Contains("we have proposed Grace as your mentor in Pilot (match score 73 %)", content.Text, StringComparison.Ordinal);
        Assert.Contains("- both prefer video calls\n- 6 h of weekly overlap\n", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approval_request_gives_the_administrator_the_pair_score_reasons_and_link()
    {
        var review = new Uri("https://mentorflow.example/admin/mentorships/ms-1");

        var content = new MatchApprovalRequestEmail("Sam", "Ada", "Grace", "Pilot", 0.88, ["mentor offers negotiation"], review).Render();

        Assert.StartsWith("Hi Sam,", content.Text, StringComparison.Ordinal);
        Assert.Contains("We propose Grace as mentor for Ada in Pilot (match score 88 %).", content.Text, StringComparison.Ordinal);
        Assert.Contains("- mentor offers negotiation", content.Text, StringComparison.Ordinal);
        Assert.Contains("Review the match: " + review.AbsoluteUri, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_to_a_mentor_names_the_mentee_goals_reasons_deadline_and_both_answers()
    {
        var accept = new Uri("https://mentorflow.example/a/accept?token=a");
        var decline = new Uri("https://mentorflow.example/a/decline?token=d");

        var content = new MentorRequestEmail("Grace", "Ada", "Pilot", ["Lead a design review"], ["mentor offers negotiation"], accept, decline, RespondBy).Render();

        Assert.StartsWith("Hi Grace,", content.Text, StringComparison.Ordinal);
        Assert.Contains("Would you mentor Ada in Pilot?", content.Text, StringComparison.Ordinal);
        Assert.Contains("- Lead a design review", content.Text, StringComparison.Ordinal);
        Assert.Contains("- mentor offers negotiation", content.Text, StringComparison.Ordinal);
        Assert.Contains("Please answer by Tue 3 Mar 2026, 14:00 (UTC+01:00).", content.Text, StringComparison.Ordinal);
        Assert.True(content.Text.IndexOf("Accept: " + accept.AbsoluteUri, StringComparison.Ordinal) < content.Text.IndexOf("Decline: " + decline.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public void Suggestions_give_one_choose_link_per_mentor_in_the_order_given()
    {
        var mentors = new[]
        {
            new SuggestedMentor("Grace", 0.91, ["shared language: English"], new Uri("https://mentorflow.example/a/choose?m=1")),
            new SuggestedMentor("Linus", 0.84, ["industry: fintech"], new Uri("https://mentorflow.example/a/choose?m=2")),
            new SuggestedMentor("Barbara", 0.77, ["both prefer chat"], new Uri("https://mentorflow.example/a/choose?m=3")),
        };

        var content = new MentorSuggestionsEmail("Ada", "Pilot", mentors, RespondBy).Render();

        var positions = mentors.Select(m => content.Text.IndexOf($"Choose {m.Name}: {m.ChooseLink.AbsoluteUri}", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Linus (match score 84 %):\n- industry: fintech", content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "You are number 3 on the waiting list.")]
    [InlineData(null, "You are on the waiting list.")]
    public void A_waitlist_notice_gives_the_place_in_line_when_known(int? position, string expected)
    {
        Assert.Contains(expected, new WaitlistNoticeEmail("Ada", "Pilot", position).Render().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_response_reminder_names_the_waiting_mentee_and_repeats_both_links()
    {
        var accept = new Uri("https://mentorflow.example/a/accept?token=a");
        var decline = new Uri("https://mentorflow.example/a/decline?token=d");

        var content = new MatchResponseReminderEmail("Grace", "Ada", "Pilot", accept, decline, RespondBy).Render();

        Assert.Contains("Ada is waiting to hear", content.Text, StringComparison.Ordinal);
        Assert.Contains("Accept: " + accept.AbsoluteUri, content.Text, StringComparison.Ordinal);
        Assert.Contains("Decline: " + decline.AbsoluteUri, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rematch_escalation_tells_the_administrator_how_many_proposals_failed()
    {
        var content = new RematchEscalationEmail("Sam", "Ada", "Pilot", 3, new Uri("https://mentorflow.example/admin/journeys/j-1")).Render();

        Assert.StartsWith("Hi Sam,", content.Text, StringComparison.Ordinal);
        Assert.Contains("We have proposed 3 mentors to Ada in Pilot", content.Text, StringComparison.Ordinal);
        Assert.Contains("https://mentorflow.example/admin/journeys/j-1", content.Text, StringComparison.Ordinal);
    }
}
