using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Infrastructure.Graph;
using MentorFlow.Infrastructure.Links;
using MentorFlow.Infrastructure.Tests.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Integrations;

/// <summary>
/// The whole host with <c>Graph__*</c> set, booking a journey's meetings in a loopback organizer's calendar through
/// the real Graph SDK pipeline (retry handler included). Only the token differs from production: the SDK's
/// credential provider authenticates Graph's own hosts only, so the host's Graph client gets a fixed bearer token.
/// </summary>
public sealed partial class GraphMeetingHostTests
{
    private static LifecycleHost GraphHost(FakeGraphCalendar graph) => new(
        settings: new Dictionary<string, string>
        {
            ["Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Graph:ClientSecret"] = "test-secret",
            ["Graph:Organizer"] = graph.Organizer,
            ["Graph:BaseUrl"] = graph.BaseUrl,
        },
        configureServices: services => services.Replace(ServiceDescriptor.Singleton(sp => GraphClientBuilder.Create(
            sp.GetRequiredService<IOptions<GraphOptions>>().Value,
            new BaseBearerTokenAuthenticationProvider(new FixedTokenProvider(GraphWire.Token))))));

    [Fact]
    public async Task A_journey_books_kickoff_and_reviews_in_the_organizers_calendar_from_free_busy_and_an_early_close_cancels_the_next_one()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        await using var host = GraphHost(graph);
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        var mentor = await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var menteeDraft = Mentee("Ana Mentee");
        var mentee = LifecycleHost.IdOf(programme, menteeDraft);
        var agreedAt = host.Clock.GetUtcNow();
        graph.Busy(Email("Max Mentor"), agreedAt, agreedAt.AddMinutes(5));
        var journey = await host.EnrolMenteeAsync(programme, menteeDraft);
        var mentorshipId = await host.AcceptAsync(journey);
        await host.AgreeAsync(journey, mentorshipId);

        var first = await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1");
        var kickoff = EventFor(graph, $"{journey}:kickoff");
        var review = EventFor(graph, $"{journey}:review:1");
        // The mentor is busy for the first five minutes (getSchedule), so both meetings go after that.
        Assert.Equal(agreedAt.AddMinutes(5), FakeGraphCalendar.StartOf(kickoff));
        Assert.Equal(agreedAt.AddMinutes(5), first.Until);
        Assert.Equal(first.Until, FakeGraphCalendar.StartOf(review));
        var schedules = graph.Requests.First(r => r.Path.EndsWith("/calendar/getSchedule", StringComparison.Ordinal));
        Assert.Equal([Email("Ana Mentee"), Email("Max Mentor")], JsonProperty.Get(JsonNode.Parse(schedules.Body), "schedules")!.AsArray().Select(s => (string)s!));
        foreach (var meeting in new[] { kickoff, review })
        {
            Assert.Equal([Email("Ana Mentee"), Email("Max Mentor")], FakeGraphCalendar.AttendeesOf(meeting));
            Assert.True((bool)meeting["isOnlineMeeting"]!);
            Assert.True((bool)meeting["isReminderOn"]!);
        }

        Assert.Contains("<li>The SMART goals of your agreement, one by one</li>", Body(kickoff), StringComparison.Ordinal);
        Assert.Contains("<li>Progress on each goal since the last review</li>", Body(review), StringComparison.Ordinal);
        var checkIns = Links(Body(review)).Select(l => host.Tokens.Check(Token(l), journey, LinkAction.CheckIn)).ToArray();
        Assert.All(checkIns, c => Assert.Equal(LinkCheckStatus.Valid, c.Status));
        Assert.Equal([(mentee.Value, $"{mentorshipId}/1"), (mentor.Value, $"{mentorshipId}/1")], checkIns.Select(c => (c.Claims!.ParticipantId, c.Claims.Argument)));

        // Each attendee's notice: no invite part (Graph sends the invitation), the Teams link, their own links.
        var notice = await host.WaitForEmailAsync($"meeting/{journey}:review:1/0/{mentee.Value}");
        Assert.Null(notice.Calendar);
        Assert.Contains($"https://teams.microsoft.com/l/meetup-join/{review["id"]}", notice.Text, StringComparison.Ordinal);
        Assert.Equal(mentee.Value, host.LinkIn(notice, journey, LinkAction.CheckIn).ParticipantId);
        Assert.Equal(mentee.Value, host.LinkIn(notice, journey, LinkAction.EarlyClose).ParticipantId);

        // The administrator reads the attendees' answers from the organizer's calendar.
        graph.Respond((string)review["id"]!, Email("Max Mentor"), "accepted", agreedAt.AddMinutes(1));
        var meetings = await ReadMeetingsAsync(host, mentorshipId);
        Assert.Equal("graph", (string?)meetings["calendar"]);
        Assert.Equal(["kickoff", "review"], meetings["meetings"]!.AsArray().Select(m => (string)m!["kind"]!));
        var answers = meetings["meetings"]![1]!["responses"]!.AsArray();
        Assert.Equal((string)review["id"]!, (string?)meetings["meetings"]![1]!["calendarEventId"]);
        Assert.Equal(
            [(Email("Ana Mentee"), "none"), (Email("Max Mentor"), "accepted")],
            answers.Select(a => ((string)a!["email"]!, (string)a["response"]!)));
        Assert.Equal(agreedAt.AddMinutes(1), (DateTimeOffset)answers[1]!["respondedAt"]!);

        host.Clock.AdvanceTo(first.Until!.Value.AddMinutes(2));
        await host.WaitForStageAsync(journey, JourneyStages.Review, "check-ins for cycle 1");
        await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentee, 1, CheckIn(30)));
        await host.RaiseAsync(journey, JourneyEvents.CheckInSubmitted, new CheckInSubmitted(mentorshipId, MentorshipRole.Mentor, 1, CheckIn(30)));
        await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 2");
        var second = EventFor(graph, $"{journey}:review:2");
        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId, CloseRequester.Mentee, "I am moving to another team"));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.LetFinalReviewsLapseAsync(journey)).RuntimeStatus);

        var (cancelledId, comment) = Assert.Single(graph.Cancelled);
        Assert.Equal((string)second["id"]!, cancelledId);
        Assert.Equal("Your review meeting 2 in Demo mentoring is cancelled: the mentorship was closed early.", comment);
        Assert.Equal(3, graph.Creates.Count);
        Assert.NotEmpty(host.Outbox());
        Assert.All(host.Outbox(), e => Assert.Null(e.Calendar));
    }

    [Fact]
    public async Task A_kickoff_throttled_with_Retry_After_is_retried_and_makes_exactly_one_event()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        await using var host = GraphHost(graph);
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        graph.Throttle(1);
        await host.AgreeAsync(journey, mentorshipId);

        await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1");

        var transactionId = MeetingTransactionId.For($"{journey}:kickoff");
        var creates = graph.Creates.Where(c => (string?)JsonNode.Parse(c.Body)!["transactionId"] == transactionId).ToArray();
        Assert.Equal(2, creates.Length);
        Assert.Equal("1", creates[1].Header("Retry-Attempt"));
        Assert.Single(graph.Events, e => (string?)e["transactionId"] == transactionId);
        await host.WaitForEmailAsync($"meeting/{journey}:kickoff/0/{LifecycleHost.IdOf(programme, Mentee("Ana Mentee")).Value}");
        Assert.Single(host.Outbox(), e => e.Key.StartsWith($"meeting/{journey}:kickoff/0/", StringComparison.Ordinal) && e.To.Contains(Email("Ana Mentee"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_Graph_the_meetings_are_listed_without_answers_and_every_invite_travels_in_the_emails()
    {
        await using var host = new LifecycleHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        await host.AgreeAsync(journey, mentorshipId);
        await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1");

        var meetings = await ReadMeetingsAsync(host, mentorshipId);

        Assert.Equal("email", (string?)meetings["calendar"]);
        Assert.Equal(2, meetings["meetings"]!.AsArray().Count);
        Assert.All(meetings["meetings"]!.AsArray(), m => Assert.Null(m!["responses"]));
        Assert.All(meetings["meetings"]!.AsArray(), m => Assert.Null(m!["calendarEventId"]));
        Assert.NotNull((await host.WaitForEmailAsync($"meeting/{journey}:review:1/0/{LifecycleHost.IdOf(programme, Mentee("Ana Mentee")).Value}")).Calendar);
    }

    private static async Task<JsonObject> ReadMeetingsAsync(LifecycleHost host, string mentorshipId)
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/mentorships/{mentorshipId}/meetings");
        request.Headers.Add("x-functions-key", host.AdminKey);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject EventFor(FakeGraphCalendar graph, string meetingKey) =>
        Assert.Single(graph.Events, e => (string?)e["transactionId"] == MeetingTransactionId.For(meetingKey));

    private static string Body(JsonObject graphEvent) => (string)graphEvent["body"]!["content"]!;

    private static IReadOnlyList<Uri> Links(string html) => [.. Href().Matches(html).Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value)))];

    private static string Token(Uri link) => Uri.UnescapeDataString(link.Query["?token=".Length..]);

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
