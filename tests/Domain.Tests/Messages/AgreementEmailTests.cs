using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Tests.Agreements;

namespace MentorFlow.Domain.Tests.Messages;

public class AgreementEmailTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 1, 20, 17, 0, 0, TimeSpan.Zero);
    private static readonly Uri Confirm = new("https://mentorflow.example/a/confirm?token=c");
    private static readonly Uri Revise = new("https://mentorflow.example/a/revise?token=r");

    [Fact]
    public void The_agreement_request_asks_the_mentee_for_smart_goals_by_the_deadline()
    {
        var link = new Uri("https://mentorflow.example/a/agreement?token=w");

        var content = new AgreementRequestEmail("Ada", "Grace", "Pilot", link, Deadline).Render();

        Assert.Contains("Grace has agreed to be your mentor in Pilot.", content.Text, StringComparison.Ordinal);
        Assert.Contains("specific, measurable, achievable, relevant and time-bound", content.Text, StringComparison.Ordinal);
        Assert.Contains("by Tue 20 Jan 2026, 17:00 (UTC)", content.Text, StringComparison.Ordinal);
        Assert.Contains("Write the agreement: " + link.AbsoluteUri, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_confirmation_request_shows_the_whole_agreement()
    {
        var agreement = new AgreementDraftBuilder().WithChannels("video", "in person").WithResponseHours(24).Create();

        var content = new AgreementConfirmationRequestEmail("Grace", "Ada", "Pilot", agreement, Confirm, Revise, Deadline).Render();

        Assert.Contains("Ada has written your mentoring agreement in Pilot.", content.Text, StringComparison.Ordinal);
        Assert.Contains(
            "- Lead the design review of the payments API with two other teams (measure: Design reviews led; target: 2 reviews with written feedback; by 30 Apr 2026)",
            content.Text,
            StringComparison.Ordinal);
        Assert.Contains("The mentor will:\n- Give honest, specific feedback\n", content.Text, StringComparison.Ordinal);
        Assert.Contains("Meeting monthly, by video and in person; replies within 24 hours.", content.Text, StringComparison.Ordinal);
        Assert.Contains("Confidentiality: What we discuss stays between us.", content.Text, StringComparison.Ordinal);
        Assert.Contains("Confirm the agreement: " + Confirm.AbsoluteUri, content.Text, StringComparison.Ordinal);
        Assert.Contains("Suggest an edit: " + Revise.AbsoluteUri, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_revision_the_confirmation_request_says_it_was_revised()
    {
        var agreement = new AgreementDraftBuilder().CreateConfirmed();
        agreement.Revise(new AgreementDraftBuilder().WithCadence("weekly").Build(), MentorshipRole.Mentor, AgreementDraftBuilder.AgreedAt.AddDays(3));

        var content = new AgreementConfirmationRequestEmail("Ada", "Grace", "Pilot", agreement, Confirm, Revise, Deadline).Render();

        Assert.Contains("Grace has revised your mentoring agreement", content.Text, StringComparison.Ordinal);
        Assert.Contains("Meeting weekly", content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "still to be written", "Write the agreement")]
    [InlineData(true, "waiting for your confirmation", "Confirm the agreement")]
    public void The_agreement_reminder_asks_for_what_is_missing(bool submitted, string ask, string label)
    {
        var content = new AgreementReminderEmail("Ada", submitted, "Pilot", Confirm, Deadline).Render();

        Assert.Contains(ask, content.Text, StringComparison.Ordinal);
        Assert.Contains($"{label}: {Confirm.AbsoluteUri}", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_escalation_names_the_pair_and_who_has_not_confirmed()
    {
        var content = new AgreementEscalationEmail("Sam", "Ada", "Grace", "Pilot", [MentorshipRole.Mentee, MentorshipRole.Mentor], Deadline, new Uri("https://mentorflow.example/admin/m/1")).Render();

        Assert.StartsWith("Hi Sam,", content.Text, StringComparison.Ordinal);
        Assert.Contains("between Ada and Grace in Pilot was due by Tue 20 Jan 2026, 17:00 (UTC)", content.Text, StringComparison.Ordinal);
        Assert.Contains("Still to confirm:\n- Ada (mentee)\n- Grace (mentor)\n", content.Text, StringComparison.Ordinal);
    }
}
