using MentorFlow.Domain.Enrolments;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Lifecycle.Cohort;
using MentorFlow.Functions.Lifecycle.Matching;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Infrastructure.Links;
using Microsoft.Extensions.DependencyInjection;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

public abstract class MatchingModeTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task In_approval_mode_the_mentor_is_asked_only_once_the_administrator_approves()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(mode: "administratorApproval"));
        var mentor = await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));

        var waiting = await host.WaitForStageAsync(journey, JourneyStages.AwaitingApproval);
        Assert.Equal(mentor.Value, waiting.MentorId);
        var approval = await host.WaitForEmailAsync($"{journey}/approval-request/1");
        Assert.Contains("programme-admin@localhost", approval.To, StringComparison.Ordinal);
        Assert.Equal("A match in Demo mentoring needs your approval", approval.Subject);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("mentor-request", StringComparison.Ordinal));
        Assert.Single((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings);

        await host.RaiseAsync(journey, JourneyEvents.MatchApproval, new MatchApproval(waiting.MentorshipId!, Approved: true, MentorId: null));
        var asked = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);
        Assert.Equal((waiting.MentorshipId, mentor.Value), (asked.MentorshipId, asked.MentorId));
        var request = await host.WaitForEmailAsync($"{journey}/mentor-request/1");
        Assert.Equal(waiting.MentorshipId, host.LinkIn(request, journey, LinkAction.Accept).Argument);
    }

    [Fact]
    public async Task In_mentee_choice_mode_the_mentor_the_mentee_chooses_is_asked()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(mode: "menteeChoice"));
        var max = await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var mia = await host.EnrolMentorAsync(programme, Mentor("Mia Mentor"));
        var menteeDraft = Mentee("Ana Mentee");
        var journey = await host.EnrolMenteeAsync(programme, menteeDraft);

        var choosing = await host.WaitForStageAsync(journey, JourneyStages.AwaitingChoice);
        var suggestions = await host.WaitForEmailAsync($"{journey}/suggestions/1");
        Assert.Contains(Email("Ana Mentee"), suggestions.To, StringComparison.Ordinal);
        var name = LinkActionNames.Name(LinkAction.Choose);
        var choices = suggestions.Links
            .Where(l => l.AbsolutePath.EndsWith("/" + name, StringComparison.Ordinal))
            .Select(l => host.Tokens.Check(Uri.UnescapeDataString(l.Query["?token=".Length..]), journey, LinkAction.Choose))
            .ToArray();
        Assert.All(choices, c => Assert.Equal((LinkCheckStatus.Valid, LifecycleHost.IdOf(programme, menteeDraft).Value), (c.Status, c.Claims!.ParticipantId)));
        Assert.Equal(
            new[] { $"{choosing.MentorshipId}/{max.Value}", $"{choosing.MentorshipId}/{mia.Value}" }.Order(),
            choices.Select(c => c.Claims!.Argument!).Order());

        // The mentee picks the one ranked second, whoever that is.
        var picked = choices[1].Claims!.Argument!.Split('/')[1];
        await host.RaiseAsync(journey, JourneyEvents.MentorChosen, new MentorChosen(choosing.MentorshipId!, picked));
        var asked = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);
        Assert.Equal((choosing.MentorshipId, picked), (asked.MentorshipId, asked.MentorId));
        Assert.Contains(Email(picked == max.Value ? "Max Mentor" : "Mia Mentor"), (await host.WaitForEmailAsync($"{journey}/mentor-request/1")).To, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_waitlisted_mentee_is_matched_when_a_mentor_enrols()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));

        var waiting = await host.WaitForStageAsync(journey, JourneyStages.Waitlisted);
        Assert.NotNull(waiting.Until);
        var notice = await host.WaitForEmailAsync($"{journey}/waitlist/1");
        Assert.Equal("You are on the waiting list for Demo mentoring", notice.Subject);

        var mentor = await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var welcome = await host.WaitForEmailAsync($"{JourneyIds.MentorIntake(programme.Id, mentor)}/welcome");
        var pause = host.LinkIn(welcome, JourneyIds.MentorIntake(programme.Id, mentor), LinkAction.Pause);
        Assert.Null(pause.Argument);

        var asked = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);
        Assert.Equal(mentor.Value, asked.MentorId);
    }

    [Fact]
    public async Task A_cohort_run_proposes_each_waiting_mentee_a_mentor_under_the_mentors_capacity()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        var journeys = new[] { await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee")), await host.EnrolMenteeAsync(programme, Mentee("Ben Mentee")) };
        foreach (var journey in journeys)
        {
            await host.WaitForStageAsync(journey, JourneyStages.Waitlisted);
        }

        // The mentor joins the pool without an intake (as an import would), so no capacity-available is raised.
        var mentorDraft = Mentor("Max Mentor", capacity: 1);
        var mentor = LifecycleHost.IdOf(programme, mentorDraft);
        await host.Participants.AddAsync(new(programme.Id, mentor, EnrolmentRole.Mentor, mentorDraft, host.Clock.GetUtcNow(), Domain.Storage.ParticipantStatus.Active), CancellationToken.None);
        await host.Capacity.JoinAsync(programme.Id, mentor, 1, CancellationToken.None);

        var run = JourneyIds.CohortRun(programme.Id, "run-1");
        await host.DurableClient.ScheduleNewOrchestrationInstanceAsync(OrchestrationNames.CohortRun, new CohortRunInput(programme.Id.Value, "run-1"), new(run));
        var done = await host.WaitForCompletionAsync(run);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var summary = done.ReadOutputAs<CohortRunSummary>()!;
        var assigned = Assert.Single(summary.Assigned);
        var unassigned = Assert.Single(summary.Unassigned);
        Assert.Equal(mentor.Value, assigned.MentorId);
        Assert.Contains("feasible mentors were given to other mentees", unassigned.Reason, StringComparison.Ordinal);

        var asked = await host.WaitForStageAsync(assigned.JourneyId, JourneyStages.AwaitingMentor);
        Assert.Equal(mentor.Value, asked.MentorId);
        Assert.Equal(JourneyStages.Waitlisted, (await host.WaitForStageAsync(unassigned.JourneyId, JourneyStages.Waitlisted)).Stage);
    }

    [Fact]
    public async Task A_mentor_who_pauses_withdraws_the_open_proposal_and_the_journey_moves_on()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        var mentors = new[] { await host.EnrolMentorAsync(programme, Mentor("Max Mentor")), await host.EnrolMentorAsync(programme, Mentor("Mia Mentor")) };
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var first = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);

        using var scope = host.Services.CreateScope();
        var withdrawn = await scope.ServiceProvider.GetRequiredService<IMentorPause>().PauseAsync(programme.Id, new ParticipantId(first.MentorId!), CancellationToken.None);
        Assert.Equal(1, withdrawn);

        var second = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.AwaitingMentor && s.MentorshipId != first.MentorshipId);
        Assert.Equal(mentors.Single(m => m.Value != first.MentorId).Value, second.MentorId);
    }

    [Fact]
    public async Task A_held_mentor_who_pauses_before_the_administrator_decides_is_replaced_by_the_next_best()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(mode: "administratorApproval"));
        var mentors = new[] { await host.EnrolMentorAsync(programme, Mentor("Max Mentor")), await host.EnrolMentorAsync(programme, Mentor("Mia Mentor")) };
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var first = await host.WaitForStageAsync(journey, JourneyStages.AwaitingApproval);

        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MentorPause>().PauseAsync(programme.Id, new ParticipantId(first.MentorId!), CancellationToken.None);

        var second = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.AwaitingApproval && s.MentorshipId != first.MentorshipId);
        Assert.Equal(mentors.Single(m => m.Value != first.MentorId).Value, second.MentorId);
        await host.WaitForEmailAsync($"{journey}/approval-request/2");
    }

    [Fact]
    public async Task A_rejected_match_is_followed_by_the_next_best_and_an_override_asks_the_administrators_mentor()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(mode: "administratorApproval"));
        var mentors = new[] { await host.EnrolMentorAsync(programme, Mentor("Max Mentor")), await host.EnrolMentorAsync(programme, Mentor("Mia Mentor")) };
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));

        var first = await host.WaitForStageAsync(journey, JourneyStages.AwaitingApproval);
        await host.RaiseAsync(journey, JourneyEvents.MatchApproval, new MatchApproval(first.MentorshipId!, Approved: false, MentorId: null));
        var second = await host.WaitForStatusAsync(journey, s => s.Stage == JourneyStages.AwaitingApproval && s.MentorshipId != first.MentorshipId);
        Assert.NotEqual(first.MentorId, second.MentorId);

        // The administrator approves, naming the first mentor instead: that mentor is asked under a new mentorship id.
        await host.RaiseAsync(journey, JourneyEvents.MatchApproval, new MatchApproval(second.MentorshipId!, Approved: true, first.MentorId));
        var asked = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);
        Assert.Equal(first.MentorId, asked.MentorId);
        Assert.EndsWith(":3", asked.MentorshipId, StringComparison.Ordinal);
        var held = Assert.Single((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings);
        Assert.Equal(first.MentorId, held.Mentor.Value);
        Assert.Contains(mentors, m => m.Value == second.MentorId);
    }

    [Fact]
    public async Task A_mentee_who_does_not_choose_by_the_deadline_is_proposed_the_best_suggestion()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(mode: "menteeChoice"));
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        await host.EnrolMentorAsync(programme, Mentor("Mia Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));

        var choosing = await host.WaitForStageAsync(journey, JourneyStages.AwaitingChoice);
        var suggestions = await host.WaitForEmailAsync($"{journey}/suggestions/1");
        var best = suggestions.Links.First(l => l.AbsolutePath.EndsWith("/choose", StringComparison.Ordinal));
        var bestMentor = host.Tokens.Check(Uri.UnescapeDataString(best.Query["?token=".Length..]), journey, LinkAction.Choose).Claims!.Argument!.Split('/')[1];
        host.Clock.AdvanceTo(choosing.Until!.Value);

        var asked = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);
        Assert.Equal((choosing.MentorshipId, bestMentor), (asked.MentorshipId, asked.MentorId));
    }
}
