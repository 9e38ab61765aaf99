using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Lifecycle.Journey;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Infrastructure.Links;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

public abstract class AutomaticJourneyTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task A_mentee_goes_from_enrolment_to_close_out_with_every_email_and_invite_in_the_outbox()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        var mentor = await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var menteeDraft = Mentee("Ana Mentee");
        var mentee = LifecycleHost.IdOf(programme, menteeDraft);
        var journey = await host.EnrolMenteeAsync(programme, menteeDraft);

        // Matching: the only feasible mentor is held and asked, the mentee told.
        var asking = await host.WaitForStageAsync(journey, JourneyStages.AwaitingMentor);
        Assert.Equal(mentor.Value, asking.MentorId);
        Assert.Equal(JourneyIds.Mentorship(programme.Id, mentee, 1), asking.MentorshipId);
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(5), asking.Until);
        var welcome = await host.WaitForEmailAsync($"{journey}/welcome");
        Assert.Contains(Email("Ana Mentee"), welcome.To, StringComparison.Ordinal);
        Assert.Equal("You're enrolled in Demo mentoring", welcome.Subject);
        var proposal = await host.WaitForEmailAsync($"{journey}/match-proposal/1");
        Assert.Contains(Email("Ana Mentee"), proposal.To, StringComparison.Ordinal);
        var request = await host.WaitForEmailAsync($"{journey}/mentor-request/1");
        Assert.Contains(Email("Max Mentor"), request.To, StringComparison.Ordinal);
        Assert.Equal("Would you mentor someone in Demo mentoring?", request.Subject);
        var accept = host.LinkIn(request, journey, LinkAction.Accept);
        Assert.Equal((asking.MentorshipId, mentor.Value), (accept.Argument, accept.ParticipantId));
        Assert.Equal(asking.Until + JourneyMail.LinkGrace, accept.ExpiresAt);
        Assert.Equal(asking.MentorshipId, host.LinkIn(request, journey, LinkAction.Decline).Argument);
        var mentorshipId = asking.MentorshipId!;
        await host.RaiseAsync(journey, JourneyEvents.MatchResponse, new MatchResponse(mentorshipId, Accepted: true));

        // Agreement: the mentee writes it, the mentor confirms, the kickoff goes in both calendars.
        await host.WaitForStageAsync(journey, JourneyStages.Agreement, "the mentee's agreement");
        var agreementRequest = await host.WaitForEmailAsync($"{journey}/agreement-request");
        Assert.Contains(Email("Ana Mentee"), agreementRequest.To, StringComparison.Ordinal);
        Assert.Equal((mentorshipId, mentee.Value), (host.LinkIn(agreementRequest, journey, LinkAction.SubmitAgreement).Argument, mentee.Value));
        await host.RaiseAsync(journey, JourneyEvents.AgreementSubmitted,
            new AgreementSubmitted(mentorshipId, MentorshipRole.Mentee, Agreement(host.Clock.GetUtcNow().AddMinutes(25))));
        var confirmation = await host.WaitForEmailAsync($"{journey}/agreement-confirmation/1/mentor");
        Assert.Contains(Email("Max Mentor"), confirmation.To, StringComparison.Ordinal);
        var confirm = host.LinkIn(confirmation, journey, LinkAction.ConfirmAgreement);
        Assert.Equal(($"{mentorshipId}/1", mentor.Value), (confirm.Argument, confirm.ParticipantId));
        await host.RaiseAsync(journey, JourneyEvents.AgreementConfirmed, new AgreementConfirmed(mentorshipId, MentorshipRole.Mentor, 1));

        var kickoffs = new[]
        {
            await host.WaitForEmailAsync($"meeting/{journey}:kickoff/0/{mentee.Value}"),
            await host.WaitForEmailAsync($"meeting/{journey}:kickoff/0/{mentor.Value}"),
        };
        Assert.All(kickoffs, k => Assert.Equal("REQUEST", k.CalendarProperty("METHOD")));
        Assert.All(kickoffs, k => Assert.Equal("0", k.CalendarProperty("SEQUENCE")));
        Assert.Single(kickoffs.Select(k => k.CalendarProperty("UID")).Distinct());
        Assert.Equal("Your mentorship kickoff in Demo mentoring", kickoffs[0].Subject);

        // Three review cycles, one generation each.
        var uids = new HashSet<string> { kickoffs[0].CalendarProperty("UID")! };
        for (var cycle = 1; cycle <= 3; cycle++)
        {
            var meeting = await host.WaitForStageAsync(journey, JourneyStages.Review, $"review meeting {cycle}");
            Assert.Equal(cycle, meeting.Cycle);
            var invite = await host.WaitForEmailAsync($"meeting/{journey}:review:{cycle}/0/{mentee.Value}");
            var mentorInvite = await host.WaitForEmailAsync($"meeting/{journey}:review:{cycle}/0/{mentor.Value}");
            Assert.Equal(invite.CalendarProperty("UID"), mentorInvite.CalendarProperty("UID"));
            Assert.True(uids.Add(invite.CalendarProperty("UID")!), "each meeting has its own UID");
            Assert.Equal($"Review meeting {cycle} in Demo mentoring", invite.Subject);
            var inviteCheckIn = host.LinkIn(invite.InviteLinks, journey, LinkAction.CheckIn);
            Assert.Equal(($"{mentorshipId}/{cycle}", mentee.Value), (inviteCheckIn.Argument, inviteCheckIn.ParticipantId));
            Assert.Equal(mentor.Value, host.LinkIn(mentorInvite.InviteLinks, journey, LinkAction.EarlyClose).ParticipantId);
            host.Clock.AdvanceTo(meeting.Until!.Value.AddMinutes(2));

            var checkIns = await host.WaitForStageAsync(journey, JourneyStages.Review, $"check-ins for cycle {cycle}");
            foreach (var (role, person, email) in new[] { ("mentee", mentee.Value, "Ana Mentee"), ("mentor", mentor.Value, "Max Mentor") })
            {
                var checkInRequest = await host.WaitForEmailAsync($"{journey}/check-in-request/{cycle}/{role}");
                Assert.Contains(Email(email), checkInRequest.To, StringComparison.Ordinal);
                var link = host.LinkIn(checkInRequest, journey, LinkAction.CheckIn);
                Assert.Equal(($"{mentorshipId}/{cycle}", person), (link.Argument, link.ParticipantId));
                Assert.Equal(checkIns.Until + JourneyMail.LinkGrace, link.ExpiresAt);
                Assert.Equal(cycle == 2, checkInRequest.Links.Any(l => l.AbsolutePath.EndsWith("/submit-agreement", StringComparison.Ordinal)));
            }

            await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentee, cycle, CheckIn(30 * cycle)));
            await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentor, cycle, CheckIn(30 * cycle)));
        }

        // The term ends: final reviews from both, then the close-out.
        var ending = await host.WaitForStageAsync(journey, JourneyStages.Review, "the end of the term");
        host.Clock.AdvanceTo(ending.Until!.Value);
        var done = await host.SendBothFinalReviewsAsync(journey, mentorshipId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(JourneyStages.Closed, done.ReadOutputAs<JourneyOutcome>()!.Stage);
        Assert.Equal(JourneyStages.Closed, done.ReadCustomStatusAs<JourneyStatus>()!.Stage);
        Assert.False(done.ReadCustomStatusAs<JourneyStatus>()!.AtRisk);

        var closing = new Dictionary<string, string>
        {
            ["close-out/summary/mentee"] = Email("Ana Mentee"),
            ["close-out/summary/mentor"] = Email("Max Mentor"),
            ["close-out/summary/administrator"] = "programme-admin@localhost",
            ["close-out/mentor-thanks"] = Email("Max Mentor"),
            ["close-out/become-a-mentor"] = Email("Ana Mentee"),
        };
        foreach (var (step, to) in closing)
        {
            Assert.Contains(to, (await host.WaitForEmailAsync($"{journey}/{step}")).To, StringComparison.Ordinal);
        }

        Assert.Contains("3 review cycles, 6 of 6 check-ins", (await host.WaitForEmailAsync($"{journey}/close-out/summary/mentee")).Text, StringComparison.Ordinal);
        // Nothing was late, so no deadline reminders; the meeting reminders before reviews 2 and 3 are not about lateness.
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("at-risk", StringComparison.Ordinal)
            || (e.Key.Contains("reminder", StringComparison.Ordinal) && !e.Key.Contains("/meeting-reminder/", StringComparison.Ordinal)));
        Assert.Empty((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings);
    }
}
