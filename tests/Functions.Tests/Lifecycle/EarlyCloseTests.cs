using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

public abstract class EarlyCloseTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task An_early_close_during_reviews_cancels_the_next_meeting_frees_the_place_and_closes_out()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        var mentor = await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var menteeDraft = Mentee("Ana Mentee");
        var mentee = LifecycleHost.IdOf(programme, menteeDraft);
        var journey = await host.EnrolMenteeAsync(programme, menteeDraft);
        var mentorshipId = await host.AcceptAsync(journey);
        await host.AgreeAsync(journey, mentorshipId);
        var first = await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1");
        host.Clock.AdvanceTo(first.Until!.Value.AddMinutes(2));
        await host.WaitForStageAsync(journey, JourneyStages.Review, "check-ins for cycle 1");
        await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentee, 1, CheckIn(30)));
        await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentor, 1, CheckIn(30)));
        var second = await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 2");
        Assert.True(second.Until > host.Clock.GetUtcNow());
        var invite = await host.WaitForEmailAsync($"meeting/{journey}:review:2/0/{mentee.Value}");

        // A request for an earlier mentorship is ignored; the current one closes the journey.
        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId + "0", CloseRequester.Mentee, "not this one"));
        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId, CloseRequester.Mentee, "I am moving to another team"));
        var done = await host.LetFinalReviewsLapseAsync(journey);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(JourneyStages.Closed, done.ReadCustomStatusAs<JourneyStatus>()!.Stage);

        var toMentee = await host.WaitForEmailAsync($"{journey}/early-close/mentee");
        var toMentor = await host.WaitForEmailAsync($"{journey}/early-close/mentor");
        var toAdministrator = await host.WaitForEmailAsync($"{journey}/early-close/administrator");
        Assert.Contains("I am moving to another team", toMentee.Text, StringComparison.Ordinal);
        Assert.Contains("I am moving to another team", toAdministrator.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I am moving to another team", toMentor.Text, StringComparison.Ordinal);
        Assert.Contains(Email("Max Mentor"), toMentor.To, StringComparison.Ordinal);

        foreach (var person in new[] { mentee.Value, mentor.Value })
        {
            var cancellation = await host.WaitForEmailAsync($"meeting/{journey}:review:2/1/{person}");
            Assert.Equal("CANCEL", cancellation.CalendarProperty("METHOD"));
            Assert.Equal("1", cancellation.CalendarProperty("SEQUENCE"));
            Assert.Equal(invite.CalendarProperty("UID"), cancellation.CalendarProperty("UID"));
        }

        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains(":review:1/1/", StringComparison.Ordinal));
        var summary = await host.WaitForEmailAsync($"{journey}/close-out/summary/mentor");
        Assert.Contains("Closed early at the mentee's request.", summary.Text, StringComparison.Ordinal);
        Assert.Empty((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings);
    }

    [Fact]
    public async Task An_early_close_before_any_mentor_accepted_releases_the_proposal_and_tells_the_mentee_and_the_administrator()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var asking = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);

        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(asking.MentorshipId!, CloseRequester.Administrator, "duplicate enrolment"));
        var done = await host.WaitForCompletionAsync(journey);
        Assert.Equal(JourneyStages.Closed, done.ReadCustomStatusAs<JourneyStatus>()!.Stage);
        Assert.Contains(Email("Ana Mentee"), (await host.WaitForEmailAsync($"{journey}/early-close/mentee")).To, StringComparison.Ordinal);
        Assert.Contains("programme-admin@localhost", (await host.WaitForEmailAsync($"{journey}/early-close/administrator")).To, StringComparison.Ordinal);
        Assert.Empty((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("close-out", StringComparison.Ordinal));
    }
}
