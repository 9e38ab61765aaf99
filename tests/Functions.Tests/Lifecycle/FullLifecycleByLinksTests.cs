using System.Globalization;
using System.Net;
using System.Text.Json;
using MentorFlow.Domain.Programmes;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Outbox;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

/// <summary>
/// A whole mentorship driven the way its people drive it: two HTML enrolment forms, then only the links in the emails
/// of the outbox (each page opened, its form read and sent back) and the manual clock moved to the deadlines the
/// journey's status names. Every email is checked in the order it was sent, and every calendar part of every invite.
/// </summary>
public abstract class FullLifecycleByLinksTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task A_mentorship_runs_from_two_enrolment_forms_to_its_close_out_by_following_the_links_in_its_emails()
    {
        await using var host = NewHost();
        var walk = await Walk.EnrolAsync(host);
        await walk.AcceptAndAgreeAsync();
        for (var cycle = 1; cycle <= 3; cycle++)
        {
            await walk.MeetAndCheckInAsync(cycle);
        }

        var ending = await host.WaitForStageAsync(walk.Journey, JourneyStages.Review, "the end of the term");
        host.Clock.AdvanceTo(ending.Until!.Value);
        await walk.SendFinalReviewsAsync();
        var done = await host.WaitForCompletionAsync(walk.Journey);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(JourneyStages.Closed, done.ReadCustomStatusAs<JourneyStatus>()!.Stage);
        string[] reviews = ["review:1", "review:2", "review:3"];
        Assert.Equal(
            [
                ("I/welcome", Mentor, "Thank you for mentoring in Demo mentoring"),
                ("J/welcome", Mentee, "You're enrolled in Demo mentoring"),
                ("J/match-proposal/1", Mentee, "We have found you a mentor in Demo mentoring"),
                ("J/mentor-request/1", Mentor, "Would you mentor someone in Demo mentoring?"),
                ("J/agreement-request", Mentee, "Your mentoring agreement in Demo mentoring"),
                ("J/agreement-confirmation/1/mentor", Mentor, "Please confirm your mentoring agreement in Demo mentoring"),
                .. Invites("kickoff", 0, "Your mentorship kickoff in Demo mentoring"),
                .. Invites("review:1", 0, "Review meeting 1 in Demo mentoring"),
                .. CheckInRequests(1),
                .. Invites("review:2", 0, "Review meeting 2 in Demo mentoring"),
                .. MeetingReminders(2),
                .. CheckInRequests(2),
                .. Invites("review:3", 0, "Review meeting 3 in Demo mentoring"),
                .. MeetingReminders(3),
                .. CheckInRequests(3),
                .. FinalReviewsAndCloseOut(),
            ],
            walk.Sent());

        // Every meeting has one UID in both calendars; nothing was left ahead at the end of the term, so nothing is cancelled.
        walk.AssertInvites(["kickoff", .. reviews], cancelled: []);
        var summary = await host.WaitForEmailAsync($"{walk.Journey}/close-out/summary/mentor");
        Assert.Contains("3 review cycles, 6 of 6 check-ins", summary.Text, StringComparison.Ordinal);
        Assert.Contains("The mentee's final review: what went well: \"Leading the supplier negotiation myself\"", summary.Text, StringComparison.Ordinal);
        Assert.Contains("The mentor's final review: what went well: \"Watching Ana prepare every meeting\"", summary.Text, StringComparison.Ordinal);
        var invitation = await host.WaitForEmailAsync($"{walk.Journey}/close-out/become-a-mentor");
        Assert.Equal("/api/programmes/demo/enrolments", Assert.Single(invitation.Links).AbsolutePath);
        Assert.Empty((await host.Capacity.ReadAsync(walk.Programme.Id, CancellationToken.None)).Holdings);
    }

    [Fact]
    public async Task Ending_early_by_the_link_in_an_invite_cancels_that_invite_then_closes_out_after_the_final_reviews()
    {
        await using var host = NewHost();
        var walk = await Walk.EnrolAsync(host);
        await walk.AcceptAndAgreeAsync();
        await walk.MeetAndCheckInAsync(1);
        await host.WaitForStageAsync(walk.Journey, JourneyStages.Review, "review meeting 2");

        var invite = await host.WaitForEmailAsync($"meeting/{walk.Journey}:review:2/0/{walk.MentorId}");
        var closing = await walk.FollowAsync(invite.InviteLinks, "early-close", form => form.Set("reason", "I am changing roles"));
        Assert.Contains("final review", closing.Html, StringComparison.Ordinal);
        var asking = await host.WaitForStageAsync(walk.Journey, JourneyStages.Closing, "the final reviews");
        await walk.SendFinalReviewsAsync();
        var done = await host.WaitForCompletionAsync(walk.Journey);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(5), asking.Until);
        Assert.Equal(
            [
                .. CheckInRequests(1),
                .. Invites("review:2", 0, "Review meeting 2 in Demo mentoring"),
                ("J/early-close/mentee", Mentee, "Your mentorship in Demo mentoring is closing early"),
                ("J/early-close/mentor", Mentor, "Your mentorship in Demo mentoring is closing early"),
                ("J/early-close/administrator", Administrator, "A mentorship in Demo mentoring is closing early"),
                .. Invites("review:2", 1, "Cancelled: review meeting 2 in Demo mentoring"),
                .. FinalReviewsAndCloseOut(),
            ],
            walk.Sent().SkipWhile(e => e.Key != "J/check-in-request/1/mentee"));
        walk.AssertInvites(["kickoff", "review:1", "review:2"], cancelled: ["review:2"]);
        Assert.Contains("Closed early at the mentor's request.", (await host.WaitForEmailAsync($"{walk.Journey}/close-out/summary/mentee")).Text, StringComparison.Ordinal);
    }

    private const string Mentee = "ana.mentee@example.org";
    private const string Mentor = "max.mentor@example.org";
    private const string Administrator = "programme-admin@localhost";

    private static IEnumerable<(string, string, string)> Invites(string meeting, int sequence, string subject) =>
        [($"meeting/J:{meeting}/{sequence}/mentee", Mentee, subject), ($"meeting/J:{meeting}/{sequence}/mentor", Mentor, subject)];

    private static IEnumerable<(string, string, string)> FinalReviewsAndCloseOut() =>
    [
        ("J/final-review-request/mentee", Mentee, "Your final review in Demo mentoring"),
        ("J/final-review-request/mentor", Mentor, "Your final review in Demo mentoring"),
        ("J/close-out/summary/mentee", Mentee, "Your mentorship in Demo mentoring: the summary"),
        ("J/close-out/summary/mentor", Mentor, "Your mentorship in Demo mentoring: the summary"),
        ("J/close-out/summary/administrator", Administrator, "A mentorship in Demo mentoring is closed"),
        ("J/close-out/mentor-thanks", Mentor, "Thank you for mentoring in Demo mentoring"),
        ("J/close-out/become-a-mentor", Mentee, "Pass it on: become a mentor in Demo mentoring"),
    ];

    private static IEnumerable<(string, string, string)> CheckInRequests(int cycle) =>
    [
        ($"J/check-in-request/{cycle}/mentee", Mentee, $"Your check-in for review {cycle} in Demo mentoring"),
        ($"J/check-in-request/{cycle}/mentor", Mentor, $"Your check-in for review {cycle} in Demo mentoring"),
    ];

    private static IEnumerable<(string, string, string)> MeetingReminders(int cycle) =>
    [
        ($"J/meeting-reminder/{cycle}/mentee", Mentee, $"Reminder: review meeting {cycle} in Demo mentoring"),
        ($"J/meeting-reminder/{cycle}/mentor", Mentor, $"Reminder: review meeting {cycle} in Demo mentoring"),
    ];

    /// <summary>One mentorship walked through its links, with what the walk learnt: the programme, the ids, the pages' client.</summary>
    private sealed class Walk(LifecycleHost host, HttpClient http, Programme programme, string intake, string journey, string menteeId, string mentorId)
    {
        public Programme Programme => programme;

        public string Journey => journey;

        public string MentorId => mentorId;

        /// <summary>The programme exists; a mentor, then a mentee, enrol by posting the HTML enrolment form.</summary>
        public static async Task<Walk> EnrolAsync(LifecycleHost host)
        {
            var programme = await host.AddProgrammeAsync(DemoProgramme());
            var http = host.CreateClient();
            var intake = await PostEnrolmentAsync(http, programme, MentorForm("Max Mentor"));
            Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitForCompletionAsync(intake)).RuntimeStatus);
            var journey = await PostEnrolmentAsync(http, programme, MenteeForm("Ana Mentee"));
            return new Walk(host, http, programme, intake, journey,
                LifecycleHost.IdOf(programme, LifecycleDrafts.Mentee("Ana Mentee")).Value, LifecycleHost.IdOf(programme, LifecycleDrafts.Mentor("Max Mentor")).Value);
        }

        /// <summary>The mentor accepts; the mentee writes the agreement on its page; the mentor confirms it.</summary>
        public async Task AcceptAndAgreeAsync()
        {
            await FollowAsync(await host.WaitForEmailAsync($"{journey}/mentor-request/1"), "accept", form => form);
            var targetDate = host.Clock.GetUtcNow().AddMinutes(25).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            await FollowAsync(await host.WaitForEmailAsync($"{journey}/agreement-request"), "submit-agreement", form => form
                .Set("goals[0].description", "Lead the quarterly supplier negotiation for the packaging contract")
                .Set("goals[0].measure", "contract terms agreed")
                .Set("goals[0].target", "5% lower unit price")
                .Set("goals[0].targetDate", targetDate)
                .Set("goals[0].whyItMatters", "It is the next step towards a buyer role.")
                .Set("menteeResponsibilities", "prepare each meeting with a short agenda")
                .Set("mentorResponsibilities", "share negotiation cases from experience")
                .Set("meetingCadence", "weekly")
                .Check("channels", "video"));
            await FollowAsync(await host.WaitForEmailAsync($"{journey}/agreement-confirmation/1/mentor"), "confirm-agreement", form => form);
        }

        /// <summary>The clock passes the review meeting the status names; both send the check-in from its request.</summary>
        public async Task MeetAndCheckInAsync(int cycle)
        {
            var meeting = await host.WaitForStageAsync(journey, JourneyStages.Review, $"review meeting {cycle}");
            host.Clock.AdvanceTo(meeting.Until!.Value.AddMinutes(2));
            await host.WaitForStageAsync(journey, JourneyStages.Review, $"check-ins for cycle {cycle}");
            foreach (var role in new[] { "mentee", "mentor" })
            {
                await FollowAsync(await host.WaitForEmailAsync($"{journey}/check-in-request/{cycle}/{role}"), "check-in", form => form
                    .Set("progress[0]", (30 * cycle).ToString(CultureInfo.InvariantCulture))
                    .Set("satisfaction", "4")
                    .Set("nextSteps", "Keep going"));
            }
        }

        /// <summary>Both open the final review from its request and send it.</summary>
        public async Task SendFinalReviewsAsync()
        {
            await FollowAsync(await host.WaitForEmailAsync($"{journey}/final-review-request/mentee"), "final-review", form => form
                .Set("rating", "5").Set("wentWell", "Leading the supplier negotiation myself").Set("carryForward", "An agenda for every meeting"));
            await FollowAsync(await host.WaitForEmailAsync($"{journey}/final-review-request/mentor"), "final-review", form => form
                .Set("rating", "4").Set("wentWell", "Watching Ana prepare every meeting"));
        }

        public Task<PageClient.Page> FollowAsync(OutboxEmail email, string action, Func<HtmlForm, HtmlForm> fill) => FollowAsync(email.Links, action, fill);

        /// <summary>Opens the one link of <paramref name="action"/>, fills its page's form and sends it: both answer 200.</summary>
        public async Task<PageClient.Page> FollowAsync(IReadOnlyList<Uri> links, string action, Func<HtmlForm, HtmlForm> fill)
        {
            var link = Assert.Single(links, l => l.AbsolutePath.EndsWith("/" + action, StringComparison.Ordinal));
            using var opened = await http.GetAsync(link.PathAndQuery);
            var page = await PageClient.Page.ReadAsync(opened);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var form = HtmlForm.Parse(page.Html);
            Assert.Equal(Uri.UnescapeDataString(link.PathAndQuery), Uri.UnescapeDataString(form.Action));
            var done = await fill(form).SubmitAsync(http);
            Assert.True(done.Status == HttpStatusCode.OK, $"{action}: {done.Status} {done.Html}");
            return done;
        }

        /// <summary>The outbox in the order it was written, as (key with the ids named, recipient address, subject).</summary>
        public IReadOnlyList<(string Key, string To, string Subject)> Sent() => [.. SentEmails().Select(e => (Name(e.Key), Address(e.To), e.Subject))];

        /// <summary>
        /// Each meeting's invites (one to each side) share one UID, its own, at SEQUENCE 0; a cancelled meeting's
        /// METHOD:CANCEL parts follow them at SEQUENCE 1, and the others are never cancelled.
        /// </summary>
        public void AssertInvites(IReadOnlyList<string> meetings, IReadOnlyList<string> cancelled)
        {
            var invites = SentEmails().Where(e => e.Calendar is not null).Select(e => (Key: Name(e.Key), Email: e)).ToList();
            Assert.All(invites, i => Assert.StartsWith("meeting/J:", i.Key, StringComparison.Ordinal));
            var byMeeting = invites.GroupBy(i => i.Key.Split('/')[1]["J:".Length..]).ToDictionary(g => g.Key, g => g.Select(i => i.Email).ToList());
            Assert.Equal(meetings.Order(), byMeeting.Keys.Order());
            Assert.Equal(byMeeting.Count, byMeeting.Values.Select(v => v[0].CalendarProperty("UID")).Distinct().Count());
            foreach (var (meeting, parts) in byMeeting)
            {
                Assert.Single(parts.Select(p => p.CalendarProperty("UID")).Distinct());
                var versions = parts.Select(p => (p.CalendarProperty("METHOD"), p.CalendarProperty("SEQUENCE"))).ToList();
                Assert.Equal(
                    cancelled.Contains(meeting) ? [("REQUEST", "0"), ("REQUEST", "0"), ("CANCEL", "1"), ("CANCEL", "1")] : [("REQUEST", "0"), ("REQUEST", "0")],
                    versions);
            }
        }

        /// <summary>Every email of the outbox once, in the order its index says they were written.</summary>
        private List<OutboxEmail> SentEmails()
        {
            var emails = host.Outbox().ToDictionary(e => Path.GetFileName(e.File), StringComparer.Ordinal);
            var order = File.ReadAllLines(Path.Combine(host.OutboxDirectory, LocalOutbox.IndexFileName)).Select(l => l.Split('\t')[1]).ToList();
            Assert.Equal(emails.Keys.Order(StringComparer.Ordinal), order.Order(StringComparer.Ordinal));
            return [.. order.Select(f => emails[f])];
        }

        private string Name(string key) => key
            .Replace(intake, "I", StringComparison.Ordinal)
            .Replace(journey, "J", StringComparison.Ordinal)
            .Replace(menteeId, "mentee", StringComparison.Ordinal)
            .Replace(mentorId, "mentor", StringComparison.Ordinal);

        private static string Address(string to) => to[(to.IndexOf('<', StringComparison.Ordinal) + 1)..].TrimEnd('>');

        private static async Task<string> PostEnrolmentAsync(HttpClient http, Programme programme, List<KeyValuePair<string, string>> fields)
        {
            using var form = new FormUrlEncodedContent(fields);
            using var response = await http.PostAsync($"/api/programmes/{programme.Id.Value}/enrolments", form);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("id").GetString()!;
        }
    }
}
