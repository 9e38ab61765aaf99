using MentorFlow.Domain.Programmes;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Infrastructure.Links;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

public abstract class RematchTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task A_declining_mentor_is_followed_by_the_next_best_and_a_late_answer_to_the_first_proposal_is_ignored()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        var mentors = new[] { await host.EnrolMentorAsync(programme, Mentor("Max Mentor")), await host.EnrolMentorAsync(programme, Mentor("Mia Mentor")) };
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));

        var first = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);
        await host.RaiseAsync(journey, JourneyEvents.MatchResponse, new MatchResponse(first.MentorshipId!, Accepted: false));

        var second = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.AwaitingMentor && s.MentorshipId != first.MentorshipId);
        Assert.EndsWith(":2", second.MentorshipId, StringComparison.Ordinal);
        Assert.Equal(mentors.Single(m => m.Value != first.MentorId).Value, second.MentorId);
        var request = await host.WaitForEmailAsync($"{journey}/mentor-request/2");
        Assert.Equal(second.MentorId, host.LinkIn(request, journey, LinkAction.Accept).ParticipantId);
        var held = Assert.Single((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings);
        Assert.Equal(second.MentorId, held.Mentor.Value);

        // The first mentor changes their mind too late: that proposal is gone, the journey still waits for the second.
        await host.RaiseAsync(journey, JourneyEvents.MatchResponse, new MatchResponse(first.MentorshipId!, Accepted: true));
        await host.RaiseAsync(journey, JourneyEvents.MatchResponse, new MatchResponse(second.MentorshipId!, Accepted: true));
        var agreeing = await host.WaitForStageAsync(journey, JourneyStages.Agreement);
        Assert.Equal((second.MentorshipId, second.MentorId), (agreeing.MentorshipId, agreeing.MentorId));
    }

    [Fact]
    public async Task A_silent_mentor_is_reminded_before_the_deadline_and_replaced_after_it()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        await host.EnrolMentorAsync(programme, Mentor("Mia Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));

        var first = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);
        host.Clock.AdvanceTo(first.Until!.Value.AddMinutes(-2));
        var reminder = await host.WaitForEmailAsync($"{journey}/mentor-request-reminder/1/1");
        Assert.Equal("Reminder: a mentee is waiting for your answer in Demo mentoring", reminder.Subject);
        Assert.Equal(first.MentorshipId, host.LinkIn(reminder, journey, LinkAction.Accept).Argument);

        host.Clock.AdvanceTo(first.Until!.Value);
        var second = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.AwaitingMentor && s.MentorshipId != first.MentorshipId);
        Assert.NotEqual(first.MentorId, second.MentorId);
        await host.WaitForEmailAsync($"{journey}/mentor-request/2");
    }

    [Fact]
    public async Task After_the_allowed_rematches_fail_the_administrator_is_alerted_and_the_mentor_they_name_is_asked()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(maxRematchAttempts: 1));
        var max = await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        await host.EnrolMentorAsync(programme, Mentor("Mia Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var asking = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.AwaitingMentor && s.MentorshipId!.EndsWith($":{attempt}", StringComparison.Ordinal));
            await host.RaiseAsync(journey, JourneyEvents.MatchResponse, new MatchResponse(asking.MentorshipId!, Accepted: false));
        }

        var escalated = await host.WaitForStageAsync(journey, JourneyStages.Escalated);
        Assert.Null(escalated.Until);
        var alert = await host.WaitForEmailAsync($"{journey}/rematch-escalation/2");
        Assert.Contains("programme-admin@localhost", alert.To, StringComparison.Ordinal);
        Assert.Equal("A mentee in Demo mentoring needs a mentor", alert.Subject);
        Assert.Empty((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings);

        await host.RaiseAsync(journey, JourneyEvents.MatchApproval, new MatchApproval(escalated.MentorshipId!, Approved: true, max.Value));
        var asked = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.AwaitingMentor && s.MentorshipId == escalated.MentorshipId);
        Assert.Equal(max.Value, asked.MentorId);
        await host.WaitForEmailAsync($"{journey}/mentor-request/3");
    }

    [Fact]
    public async Task A_place_lost_before_the_mentor_accepts_is_proposed_again_without_counting_as_a_failed_proposal()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(maxRematchAttempts: 0));
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        await host.EnrolMentorAsync(programme, Mentor("Mia Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var first = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);

        // The hold is gone by the time the mentor says yes (as when a restart raced a withdrawal): the mentor did not fail.
        await host.Capacity.ReleaseAsync(programme.Id, LifecycleHost.IdOf(programme, Mentee("Ana Mentee")), CancellationToken.None);
        await host.RaiseAsync(journey, JourneyEvents.MatchResponse, new MatchResponse(first.MentorshipId!, Accepted: true));

        var next = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.Escalated || s.MentorshipId != first.MentorshipId && s.Stage == JourneyStages.AwaitingMentor);
        Assert.Equal((JourneyStages.AwaitingMentor, first.MentorId), (next.Stage, next.MentorId));
        Assert.EndsWith(":2", next.MentorshipId, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("rematch-escalation", StringComparison.Ordinal));
        await host.RaiseAsync(journey, JourneyEvents.MatchResponse, new MatchResponse(next.MentorshipId!, Accepted: true));
        await host.WaitForStageAsync(journey, JourneyStages.Agreement);
    }

    [Fact]
    public async Task A_place_taken_by_another_journey_before_the_hold_moves_on_to_the_next_best_without_counting_as_a_failed_proposal()
    {
        var draft = DemoProgramme(maxRematchAttempts: 0, capacity: 1);
        var rival = LifecycleHost.IdOf(Programme.Create(draft).Value, Mentee("Rob Rival"));
        await using var host = NewHost(configureServices: services => RivalTakesTheLastPlace.Stage(services, rival));
        var added = await host.AddProgrammeAsync(draft);
        var mentors = new[] { await host.EnrolMentorAsync(added, Mentor("Max Mentor")), await host.EnrolMentorAsync(added, Mentor("Mia Mentor")) };
        var journey = await host.EnrolMenteeAsync(added, Mentee("Ana Mentee"));

        var asked = await host.WaitForStatusAsync(journey, s => s.Stage is JourneyStages.AwaitingMentor or JourneyStages.Escalated);
        Assert.Equal(JourneyStages.AwaitingMentor, asked.Stage);
        var taken = Assert.Single((await host.Capacity.ReadAsync(added.Id, CancellationToken.None)).Holdings, h => h.Mentee == rival);
        Assert.Equal(mentors.Single(m => m != taken.Mentor).Value, asked.MentorId);
        Assert.EndsWith(":2", asked.MentorshipId, StringComparison.Ordinal);
    }
}
