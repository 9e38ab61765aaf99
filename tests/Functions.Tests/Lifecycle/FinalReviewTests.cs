using System.Net;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Functions.Participants;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Links;
using static MentorFlow.Functions.Tests.Lifecycle.Support.FinalReviewSteps;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

/// <summary>
/// The final generation of a journey: both sides asked for a final review until the check-in deadline counted from the
/// term's end (PT5M in the demo programme, a reminder PT2M before it), then the close-out with both reviews in the
/// summary and each rating shown only to its own side and the administrator.
/// </summary>
public abstract class FinalReviewTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task At_the_end_of_the_term_both_final_reviews_go_into_the_summary_and_each_rating_stays_with_its_side()
    {
        await using var host = NewHost();
        var (journey, mentorshipId, termEnd) = await ToTheEndOfTheTermAsync(host);

        var asking = await host.WaitForFinalReviewsAsync(journey);
        Assert.Equal(termEnd.AddMinutes(5), asking.Until);
        foreach (var (role, name) in new[] { ("mentee", "Ana Mentee"), ("mentor", "Max Mentor") })
        {
            var request = await host.WaitForEmailAsync($"{journey}/final-review-request/{role}");
            Assert.Contains(Email(name), request.To, StringComparison.Ordinal);
            Assert.Equal("Your final review in Demo mentoring", request.Subject);
            var link = host.LinkIn(request, journey, LinkAction.FinalReview);
            Assert.Equal(mentorshipId, link.Argument);
            Assert.Equal(asking.Until + JourneyMail.LinkGrace, link.ExpiresAt);
        }

        await host.RaiseAsync(journey, JourneyEvents.FinalReviewSubmitted, new FinalReviewSubmitted(mentorshipId, MentorshipRole.Mentee, Review(5, "Preparing each meeting together", "Ask for feedback early")));
        await host.WaitForStageAsync(journey, JourneyStages.Closing, "the final review from the mentor");
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("/close-out/", StringComparison.Ordinal));
        await host.RaiseAsync(journey, JourneyEvents.FinalReviewSubmitted, new FinalReviewSubmitted(mentorshipId, MentorshipRole.Mentor, Review(4, "Seeing her lead the negotiation")));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitForCompletionAsync(journey)).RuntimeStatus);

        var toMentee = await host.WaitForEmailAsync($"{journey}/close-out/summary/mentee");
        var toMentor = await host.WaitForEmailAsync($"{journey}/close-out/summary/mentor");
        var toAdministrator = await host.WaitForEmailAsync($"{journey}/close-out/summary/administrator");
        foreach (var summary in new[] { toMentee, toMentor, toAdministrator })
        {
            Assert.Contains("The mentee's final review: what went well: \"Preparing each meeting together\"; to carry forward: \"Ask for feedback early\".", summary.Text, StringComparison.Ordinal);
            Assert.Contains("The mentor's final review: what went well: \"Seeing her lead the negotiation\".", summary.Text, StringComparison.Ordinal);
        }

        Assert.Contains("You rated the mentorship 5 out of 5.", toMentee.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("4 out of 5", toMentee.Text, StringComparison.Ordinal);
        Assert.Contains("You rated the mentorship 4 out of 5.", toMentor.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("5 out of 5", toMentor.Text, StringComparison.Ordinal);
        Assert.Contains("Ana Mentee (mentee): 5 out of 5", toAdministrator.Text, StringComparison.Ordinal);
        Assert.Contains("Max Mentor (mentor): 4 out of 5", toAdministrator.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("final-review-reminder", StringComparison.Ordinal));
        Assert.Equal(host.Outbox().Count, host.Outbox().Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public async Task A_final_review_missing_at_the_deadline_is_named_in_the_summary_after_one_reminder_to_that_side()
    {
        await using var host = NewHost();
        var (journey, mentorshipId, _) = await ToTheEndOfTheTermAsync(host);
        var asking = await host.WaitForFinalReviewsAsync(journey);
        await host.RaiseAsync(journey, JourneyEvents.FinalReviewSubmitted, new FinalReviewSubmitted(mentorshipId, MentorshipRole.Mentee, Review(3, "Regular meetings")));

        // A review for another mentorship, or an invalid one, does not count.
        await host.RaiseAsync(journey, JourneyEvents.FinalReviewSubmitted, new FinalReviewSubmitted(mentorshipId + "0", MentorshipRole.Mentor, Review(4, "Not this one")));
        await host.RaiseAsync(journey, JourneyEvents.FinalReviewSubmitted, new FinalReviewSubmitted(mentorshipId, MentorshipRole.Mentor, Review(9, "Out of range")));
        var waiting = await host.WaitForStageAsync(journey, JourneyStages.Closing, "the final review from the mentor");
        Assert.Equal(asking.Until, waiting.Until);

        host.Clock.AdvanceTo(asking.Until!.Value.AddMinutes(-2));
        var reminder = await host.WaitForEmailAsync($"{journey}/final-review-reminder/1/mentor");
        Assert.Contains(Email("Max Mentor"), reminder.To, StringComparison.Ordinal);
        Assert.Equal("Reminder: your final review in Demo mentoring", reminder.Subject);
        Assert.Equal(mentorshipId, host.LinkIn(reminder, journey, LinkAction.FinalReview).Argument);
        Assert.Equal(JourneyStages.Closing, (await host.WaitForStageAsync(journey, JourneyStages.Closing, "the final review from the mentor")).Stage);

        host.Clock.AdvanceTo(asking.Until.Value);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitForCompletionAsync(journey)).RuntimeStatus);
        var summary = await host.WaitForEmailAsync($"{journey}/close-out/summary/mentee");
        Assert.Contains("The mentee's final review: what went well: \"Regular meetings\".", summary.Text, StringComparison.Ordinal);
        Assert.Contains("No final review from the mentor.", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not this one", summary.Text, StringComparison.Ordinal);
        Assert.Contains("Max Mentor (mentor): no rating given", (await host.WaitForEmailAsync($"{journey}/close-out/summary/administrator")).Text, StringComparison.Ordinal);
        Assert.Single(host.Outbox(), e => e.Key.Contains("final-review-reminder", StringComparison.Ordinal));
        Assert.Equal(host.Outbox().Count, host.Outbox().Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public async Task An_early_close_after_the_agreement_waits_for_the_final_reviews_until_a_short_deadline_before_the_close_out()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        await host.AgreeAsync(journey, mentorshipId);
        await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1");
        var closedAt = host.Clock.GetUtcNow();

        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId, CloseRequester.Mentor, "I am changing roles"));
        var asking = await host.WaitForFinalReviewsAsync(journey);
        Assert.Equal(closedAt.AddMinutes(5), asking.Until);
        await host.WaitForEmailAsync($"{journey}/early-close/mentee");
        await host.WaitForEmailAsync($"{journey}/final-review-request/mentee");
        await host.WaitForEmailAsync($"{journey}/final-review-request/mentor");
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.DurableClient.GetInstanceAsync(journey))!.RuntimeStatus);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("/close-out/", StringComparison.Ordinal));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.SendBothFinalReviewsAsync(journey, mentorshipId)).RuntimeStatus);
        var summary = await host.WaitForEmailAsync($"{journey}/close-out/summary/mentor");
        Assert.Contains("Closed early at the mentor's request.", summary.Text, StringComparison.Ordinal);
        Assert.Contains("The mentor's final review: what went well: \"Seeing her lead the negotiation\".", summary.Text, StringComparison.Ordinal);
        Assert.Empty((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings);
        Assert.Equal(host.Outbox().Count, host.Outbox().Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public async Task While_waiting_for_the_end_of_the_term_a_close_for_another_mentorship_is_ignored_and_a_valid_one_closes_early()
    {
        await using var host = NewHost();
        var (journey, mentorshipId, termEnd) = await ToTheEndOfTheTermAsync(host, reachTheEnd: false);

        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId + "0", CloseRequester.Mentee, "not this one"));
        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId, CloseRequester.Administrator, "The mentor left the company"));
        var asking = await host.WaitForFinalReviewsAsync(journey);

        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(5), asking.Until);
        Assert.True(asking.Until < termEnd.AddMinutes(5));
        await host.WaitForEmailAsync($"{journey}/early-close/administrator");
        await host.SendBothFinalReviewsAsync(journey, mentorshipId);
        Assert.Contains("Closed early by the programme administrator.", (await host.WaitForEmailAsync($"{journey}/close-out/summary/mentee")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_early_close_before_the_agreement_closes_out_at_once_without_final_reviews()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        await host.WaitForStageAsync(journey, JourneyStages.Agreement, "the mentee's agreement");

        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId, CloseRequester.Mentee, "My plans changed"));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitForCompletionAsync(journey)).RuntimeStatus);
        var summary = await host.WaitForEmailAsync($"{journey}/close-out/summary/mentee");
        Assert.DoesNotContain("final review", summary.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("final-review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_final_review_request_retried_after_sending_is_not_sent_twice()
    {
        CrashAfterSending? transport = null;
        await using var host = NewHost(inner => transport = new CrashAfterSending(inner, key => key.EndsWith("/final-review-request/mentee", StringComparison.Ordinal)));
        var (journey, mentorshipId, _) = await ToTheEndOfTheTermAsync(host);

        // The activity failed after the send; its retry waits on a durable timer, which the clock moves past.
        await host.WaitForEmailAsync($"{journey}/final-review-request/mentee");
        using var patience = new CancellationTokenSource(LifecycleHost.Patience);
        while ((await host.DurableClient.GetInstanceAsync(journey, getInputsAndOutputs: true, cancellationToken: patience.Token))!.ReadCustomStatusAs<JourneyStatus>()?.WaitingFor.StartsWith("the final reviews from", StringComparison.Ordinal) != true)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(TimeSpan.FromMilliseconds(50), patience.Token);
        }

        await host.SendBothFinalReviewsAsync(journey, mentorshipId);
        var key = $"{journey}/final-review-request/mentee";
        Assert.Equal([EmailSendOutcome.Sent, EmailSendOutcome.AlreadySent], transport!.Sent.Where(s => s.Key == key).Select(s => s.Outcome));
        Assert.Equal(host.Outbox().Count, host.Outbox().Select(e => e.Key).Distinct().Count());
        Assert.Single(host.Outbox(), e => e.Key.EndsWith("/close-out/summary/mentee", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_early_close_link_opened_while_the_final_reviews_are_asked_for_says_the_mentorship_is_already_closing_and_changes_nothing()
    {
        await using var host = NewHost();
        var (journey, mentorshipId, _) = await ToTheEndOfTheTermAsync(host);
        var asking = await host.WaitForFinalReviewsAsync(journey);
        var mentee = JourneyKey.TryParse(journey)!.Participant.Value;
        var issued = host.Tokens.Issue(journey, mentee, LinkAction.EarlyClose, mentorshipId, TimeSpan.FromDays(7));
        var link = ParticipantLinkRoutes.Link(new Uri("http://localhost/"), issued).PathAndQuery;
        var pages = new PageClient(host.CreateClient());

        var shown = await pages.GetAsync(link);
        var posted = await pages.PostAsync(link, (EarlyClosePage.ReasonField, "We would rather stop now."));

        Assert.Equal(HttpStatusCode.Conflict, shown.Status);
        Assert.Contains("This mentorship is already closing", shown.Html, StringComparison.Ordinal);
        Assert.Null(shown.FormAction);
        Assert.Equal(HttpStatusCode.Conflict, posted.Status);
        var after = await host.WaitForFinalReviewsAsync(journey);
        Assert.Equal(asking.Until, after.Until);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("/early-close/", StringComparison.Ordinal));
    }

    /// <summary>A pair agrees, meets for the three reviews and checks in each time; the clock then reaches the term's end (unless told not to).</summary>
    private static async Task<(string Journey, string MentorshipId, DateTimeOffset TermEnd)> ToTheEndOfTheTermAsync(LifecycleHost host, bool reachTheEnd = true)
    {
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        await host.AgreeAsync(journey, mentorshipId);
        for (var cycle = 1; cycle <= 3; cycle++)
        {
            var meeting = await host.WaitForStageAsync(journey, JourneyStages.Review, $"review meeting {cycle}");
            host.Clock.AdvanceTo(meeting.Until!.Value.AddMinutes(2));
            await host.WaitForStageAsync(journey, JourneyStages.Review, $"check-ins for cycle {cycle}");
            await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentee, cycle, CheckIn(30 * cycle)));
            await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentor, cycle, CheckIn(30 * cycle)));
        }

        var ending = await host.WaitForStageAsync(journey, JourneyStages.Review, "the end of the term");
        if (reachTheEnd)
        {
            host.Clock.AdvanceTo(ending.Until!.Value);
        }

        return (journey, mentorshipId, ending.Until!.Value);
    }
}
