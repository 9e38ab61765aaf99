using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Reviews;
using MentorFlow.Domain.Tests.Reviews;

namespace MentorFlow.Domain.Tests.Messages;

public class ReviewEmailTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 2, 3, 9, 30, 0, TimeSpan.FromHours(-5));
    private static readonly Uri CheckInLink = new("https://mentorflow.example/a/check-in?token=c");

    [Fact]
    public void The_kickoff_notice_gives_the_time_in_the_recipients_offset_and_the_join_link()
    {
        var join = new Uri("https://teams.example/l/meetup-join/abc");

        var email = new MeetingNoticeEmail("Ada", ["Grace"], "Pilot", MeetingKind.Kickoff, 0, StartsAt, TimeSpan.FromMinutes(30), join);
        var content = email.Render();

        Assert.Equal("kickoff-meeting", email.Template);
        Assert.Contains("your mentorship with Grace in Pilot starts now", content.Text, StringComparison.Ordinal);
        Assert.Contains("on Tue 3 Feb 2026, 09:30 (UTC-05:00) for 30 minutes", content.Text, StringComparison.Ordinal);
        Assert.Contains("The invitation is attached", content.Text, StringComparison.Ordinal);
        Assert.Contains("Join the meeting: " + join.AbsoluteUri, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_whose_invitation_comes_from_the_programmes_calendar_carries_the_recipients_own_links()
    {
        var email = new MeetingNoticeEmail(
            "Ada", ["Grace"], "Pilot", MeetingKind.Review, 2, StartsAt, TimeSpan.FromHours(1), null, CheckInLink, new Uri("https://mentorflow.example/a/early-close?token=e"), InviteAttached: false);
        var content = email.Render();

        Assert.DoesNotContain("attached", content.Text, StringComparison.Ordinal);
        Assert.Contains("The invitation comes from the programme's calendar in a separate email", content.Text, StringComparison.Ordinal);
        Assert.Contains("After the meeting, send your check-in: " + CheckInLink.AbsoluteUri, content.Text, StringComparison.Ordinal);
        Assert.Contains("End the mentorship early: https://mentorflow.example/a/early-close?token=e", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reminder_before_a_review_meeting_gives_its_time_in_the_recipients_offset()
    {
        var email = new MeetingReminderEmail("Ada", ["Grace"], "Pilot", 2, StartsAt, TimeSpan.FromHours(1));
        var content = email.Render();

        Assert.Equal("review-meeting-reminder", email.Template);
        Assert.Equal("Reminder: review meeting 2 in Pilot", content.Subject);
        Assert.Contains("your review meeting 2 with Grace in Pilot is on Tue 3 Feb 2026, 09:30 (UTC-05:00) for 1 hour.", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_notice_to_a_group_mentor_names_every_mentee()
    {
        var email = new MeetingNoticeEmail("Grace", ["Ada", "Linus", "Barbara"], "Pilot", MeetingKind.Review, 4, StartsAt, TimeSpan.FromMinutes(90), null);
        var content = email.Render();

        Assert.Equal("review-meeting", email.Template);
        Assert.Equal("Review meeting 4 in Pilot", content.Subject);
        Assert.Contains("Your review meeting 4 with Ada, Linus and Barbara in Pilot is on Tue 3 Feb 2026, 09:30 (UTC-05:00) for 1 h 30 min.", content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("href", content.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_request_outside_mid_term_has_only_the_check_in_link()
    {
        var content = new CheckInRequestEmail("Ada", "Grace", "Pilot", 2, CheckInLink, StartsAt, null).Render();

        Assert.Contains("How is it going with Grace?", content.Text, StringComparison.Ordinal);
        Assert.Contains("Send your check-in: " + CheckInLink.AbsoluteUri, content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("halfway", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_request_at_mid_term_asks_to_revisit_the_goals()
    {
        var revise = new Uri("https://mentorflow.example/a/revise?token=r");

        var content = new CheckInRequestEmail("Ada", "Grace", "Pilot", 3, CheckInLink, StartsAt, revise).Render();

        Assert.Contains("halfway through the programme", content.Text, StringComparison.Ordinal);
        Assert.Contains("Revisit the goals: " + revise.AbsoluteUri, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_reminder_names_the_cycle_and_deadline()
    {
        var content = new CheckInReminderEmail("Ada", "Pilot", 5, CheckInLink, StartsAt).Render();

        Assert.Contains("your check-in for review 5 in Pilot is still open until Tue 3 Feb 2026, 09:30 (UTC-05:00)", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_at_risk_alert_lists_every_reason_and_the_suggested_action()
    {
        var assessment = RiskAssessment.Assess(
            new CyclesBuilder().Cycle(c => c.WithSatisfaction(2), null).Cycle(c => c.WithSatisfaction(1).WithChallenges("burnout"), null).Build(),
            RiskThresholds.Default);

        var content = new AtRiskAlertEmail("Sam", "Ada", "Grace", "Pilot", assessment, new Uri("https://mentorflow.example/admin/m/1")).Render();

        Assert.Contains("between Ada (mentee) and Grace (mentor) in Pilot looks at risk after review 2", content.Text, StringComparison.Ordinal);
        Assert.All(assessment.Reasons, r => Assert.Contains("- " + r.Explanation, content.Text, StringComparison.Ordinal));
        Assert.Contains("Suggested action: talk to them about a rematch", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_at_risk_alert_cannot_be_made_from_an_assessment_without_risk()
    {
        var healthy = RiskAssessment.Assess(new CyclesBuilder().Healthy().Build(), RiskThresholds.Default);

        Assert.Throws<ArgumentException>(() => new AtRiskAlertEmail("Sam", "Ada", "Grace", "Pilot", healthy, new Uri("https://mentorflow.example/admin/m/1")));
    }
}
