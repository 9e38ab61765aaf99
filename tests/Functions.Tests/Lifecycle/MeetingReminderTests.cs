using System.Globalization;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

/// <summary>
/// The reminder email to both sides before a review meeting. In the demo programme (a review every PT10M, reminders
/// PT2M before deadlines) the lead is two minutes: the first meeting is booked at once and gets none, the second is
/// booked ahead of its cycle and does.
/// </summary>
public abstract class MeetingReminderTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task Both_sides_are_reminded_before_the_next_review_meeting_and_the_status_says_when()
    {
        await using var host = NewHost();
        var (journey, _, _) = await ThroughFirstCycleAsync(host);

        var waiting = await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 2, with a reminder");
        var startsAt = waiting.Until!.Value;
        var remindAt = startsAt.AddMinutes(-2);
        Assert.Equal($"review meeting 2, with a reminder to both at {remindAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC", waiting.WaitingFor);
        Assert.Equal(2, waiting.Cycle);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("/meeting-reminder/", StringComparison.Ordinal));

        host.Clock.AdvanceTo(remindAt);
        var toMentee = await host.WaitForEmailAsync($"{journey}/meeting-reminder/2/mentee");
        var toMentor = await host.WaitForEmailAsync($"{journey}/meeting-reminder/2/mentor");
        Assert.Contains(Email("Ana Mentee"), toMentee.To, StringComparison.Ordinal);
        Assert.Contains(Email("Max Mentor"), toMentor.To, StringComparison.Ordinal);
        Assert.Equal("Reminder: review meeting 2 in Demo mentoring", toMentee.Subject);
        Assert.Contains($"with Max Mentor in Demo mentoring is on {startsAt.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} (UTC)", toMentee.Text, StringComparison.Ordinal);

        var meeting = await host.WaitForStatusAsync(journey, s => s.WaitingFor == "review meeting 2");
        Assert.Equal(startsAt, meeting.Until);
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("/meeting-reminder/1/", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("/check-in-request/2/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_early_close_while_waiting_to_remind_ends_the_mentorship_without_a_reminder_while_one_for_another_mentorship_is_ignored()
    {
        await using var host = NewHost();
        var (journey, mentorshipId, mentee) = await ThroughFirstCycleAsync(host);
        await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 2, with a reminder");

        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId + "0", CloseRequester.Mentee, "not this one"));
        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId, CloseRequester.Mentor, "I am changing roles"));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.LetFinalReviewsLapseAsync(journey)).RuntimeStatus);
        Assert.Equal("CANCEL", (await host.WaitForEmailAsync($"meeting/{journey}:review:2/1/{mentee}")).CalendarProperty("METHOD"));
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("/meeting-reminder/", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Outbox(), e => e.Key.Contains("/check-in-request/2/", StringComparison.Ordinal));
    }

    /// <summary>A pair agrees, meets for review 1 and both check in at once, so review 2 is booked ahead of its cycle.</summary>
    private static async Task<(string Journey, string MentorshipId, string MenteeId)> ThroughFirstCycleAsync(LifecycleHost host)
    {
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        await host.AgreeAsync(journey, mentorshipId);
        var first = await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1");
        Assert.DoesNotContain("reminder", first.WaitingFor, StringComparison.Ordinal);
        host.Clock.AdvanceTo(first.Until!.Value.AddMinutes(2));
        await host.WaitForStageAsync(journey, JourneyStages.Review, "check-ins for cycle 1");
        await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentee, 1, CheckIn(30)));
        await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentor, 1, CheckIn(30)));
        return (journey, mentorshipId, LifecycleHost.IdOf(programme, Mentee("Ana Mentee")).Value);
    }
}
