using MentorFlow.Domain.Mentorships;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Infrastructure.Links;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

public abstract class AgreementAndReviewTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task An_agreement_not_written_in_time_is_reminded_then_escalated_and_the_journey_keeps_waiting()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);

        var agreeing = await host.WaitForStageAsync(journey, JourneyStages.Agreement, "the mentee's agreement");
        host.Clock.AdvanceTo(agreeing.Until!.Value.AddMinutes(-2));
        var reminder = await host.WaitForEmailAsync($"{journey}/agreement-reminder/1/mentee");
        Assert.Contains(Email("Ana Mentee"), reminder.To, StringComparison.Ordinal);
        Assert.Equal(mentorshipId, host.LinkIn(reminder, journey, LinkAction.SubmitAgreement).Argument);

        host.Clock.AdvanceTo(agreeing.Until!.Value);
        var escalation = await host.WaitForEmailAsync($"{journey}/agreement-escalation");
        Assert.Contains("programme-admin@localhost", escalation.To, StringComparison.Ordinal);
        Assert.Contains("Ana Mentee (mentee)", escalation.Text, StringComparison.Ordinal);
        var stillWaiting = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.Agreement && s.Until is null);
        Assert.Equal(mentorshipId, stillWaiting.MentorshipId);

        await host.AgreeAsync(journey, mentorshipId);
        await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1");
    }

    [Fact]
    public async Task A_missed_check_in_is_reminded_and_then_alerts_the_administrator_that_the_mentorship_is_at_risk()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(missedCheckInsAtRisk: 1));
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        await host.AgreeAsync(journey, mentorshipId);

        var meeting = await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1");
        host.Clock.AdvanceTo(meeting.Until!.Value.AddMinutes(2));
        var checkIns = await host.WaitForStageAsync(journey, JourneyStages.Review, "check-ins for cycle 1");
        await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentee, 1, CheckIn(40)));
        await host.WaitForStageAsync(journey, JourneyStages.Review, "check-ins for cycle 1 from the mentor");

        host.Clock.AdvanceTo(checkIns.Until!.Value.AddMinutes(-2));
        var reminder = await host.WaitForEmailAsync($"{journey}/check-in-reminder/1/1/mentor");
        Assert.Contains(Email("Max Mentor"), reminder.To, StringComparison.Ordinal);
        Assert.Equal($"{mentorshipId}/1", host.LinkIn(reminder, journey, LinkAction.CheckIn).Argument);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.EndsWith("check-in-reminder/1/1/mentee", StringComparison.Ordinal));

        host.Clock.AdvanceTo(checkIns.Until!.Value);
        var alert = await host.WaitForEmailAsync($"{journey}/at-risk/1");
        Assert.Contains("programme-admin@localhost", alert.To, StringComparison.Ordinal);
        Assert.Equal("A mentorship in Demo mentoring is at risk", alert.Subject);
        Assert.Contains("The mentor missed 1 check-ins in a row", alert.Text, StringComparison.Ordinal);
        var next = await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 2");
        Assert.True(next.AtRisk);
        Assert.Contains(next.RiskReasons!, r => r.Contains("mentor missed", StringComparison.Ordinal));
    }
}
