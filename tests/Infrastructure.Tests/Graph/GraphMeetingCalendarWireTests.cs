using System.Diagnostics;
using System.Text.Json.Nodes;
using MentorFlow.Infrastructure.Graph;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>Meetings through the real Graph SDK pipeline against a loopback server that checks the JSON sent.</summary>
public sealed class GraphMeetingCalendarWireTests
{
    private const string EventsPath = "/v1.0/users/" + GraphWire.Organizer + "/events";

    private static JsonNode Body(RecordedRequest request) => JsonNode.Parse(request.Body)!;

    [Fact]
    public async Task Creates_the_meeting_in_the_organizers_calendar_with_attendees_teams_link_body_and_reminder()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(201, GraphWire.EventJson()));
        var request = new MeetingRequestBuilder().Build();

        var result = await GraphWire.Calendar(server).CreateMeetingAsync(request, CancellationToken.None);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal(EventsPath, sent.Path);
        Assert.Equal("Bearer " + GraphWire.Token, sent.Header("Authorization"));
        var json = Body(sent);
        Assert.Equal("Mentoring review 3: Ada & Grace", (string?)json["subject"]);
        Assert.Equal("2026-03-09T15:00:00", (string?)json["start"]!["dateTime"]);
        Assert.Equal("UTC", (string?)json["start"]!["timeZone"]);
        Assert.Equal("2026-03-09T16:00:00", (string?)json["end"]!["dateTime"]);
        Assert.Equal(["mentee@example.org", "mentor@example.org"], json["attendees"]!.AsArray().Select(a => (string?)a!["emailAddress"]!["address"]));
        Assert.Equal("Ada Mentee", (string?)json["attendees"]![0]!["emailAddress"]!["name"]);
        Assert.All(json["attendees"]!.AsArray(), a => Assert.Equal("required", (string?)a!["type"]));
        Assert.True((bool)json["isOnlineMeeting"]!);
        Assert.Equal("teamsForBusiness", (string?)json["onlineMeetingProvider"]);
        Assert.True((bool)json["isReminderOn"]!);
        Assert.Equal(30, (int)json["reminderMinutesBeforeStart"]!);
        Assert.Equal(MeetingTransactionId.For("journey-42/cycle-3"), (string?)json["transactionId"]);
        Assert.Equal("html", (string?)json["body"]!["contentType"]);
        var html = (string)json["body"]!["content"]!;
        Assert.Contains("<p>Our monthly review &lt;with&gt; goals.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Review goal 1</li><li>Challenges &amp; next steps</li>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://mentorflow.example/check-in/abc?cycle=3\">Open the check-in form</a>", html, StringComparison.Ordinal);
        Assert.Contains("outlook.timezone=\"UTC\"", sent.Header("Prefer"), StringComparison.Ordinal);

        Assert.True(result.IsSuccess);
        Assert.Equal("AAMkAD-event-1", result.Value.EventId);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/abc", result.Value.JoinUrl);
        Assert.Equal(request.Start, result.Value.Start);
    }

    [Fact]
    public async Task The_organizer_mailbox_is_sent_percent_encoded_in_the_path()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(201, GraphWire.EventJson()));

        await GraphWire.Calendar(server).CreateMeetingAsync(new MeetingRequestBuilder().Build(), CancellationToken.None);

        Assert.StartsWith("/v1.0/users/mentoring%40contoso.example/events", Assert.Single(server.Requests).RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_create_is_retried_by_the_sdk_after_Retry_After_with_the_same_transaction_id()
    {
        await using var server = await LoopbackServer.StartAsync((_, call) => call == 1
            ? ScriptedResponse.Json(429, """{"error":{"code":"TooManyRequests","message":"Please retry."}}""", new Dictionary<string, string> { ["Retry-After"] = "1" })
            : ScriptedResponse.Json(201, GraphWire.EventJson()));

        var result = await GraphWire.Calendar(server).CreateMeetingAsync(new MeetingRequestBuilder().Build(), CancellationToken.None);

        Assert.True(result.IsSuccess);
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("1", requests[1].Header("Retry-Attempt"));
        Assert.True(Stopwatch.GetElapsedTime(requests[0].ReceivedTicks, requests[1].ReceivedTicks) >= TimeSpan.FromSeconds(0.95));
        Assert.Equal((string?)Body(requests[0])["transactionId"], (string?)Body(requests[1])["transactionId"]);
    }

    [Fact]
    public async Task A_create_throttled_beyond_the_retries_is_a_throttled_result()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) =>
            new ScriptedResponse(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "1" }));

        var result = await GraphWire.Calendar(server, maxRetries: 1).CreateMeetingAsync(new MeetingRequestBuilder().Build(), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(CalendarFailureKind.Throttled, result.Failure);
        Assert.Equal(429, result.StatusCode);
    }

    [Fact]
    public async Task Rescheduling_a_meeting_that_no_longer_exists_is_a_not_found_result()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => GraphWire.NotFound());
        var start = new DateTimeOffset(2026, 3, 16, 15, 0, 0, TimeSpan.Zero);

        var result = await GraphWire.Calendar(server).RescheduleMeetingAsync("AAMk-gone", start, start.AddHours(1), CancellationToken.None);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("PATCH", sent.Method);
        Assert.Equal(EventsPath + "/AAMk-gone", sent.Path);
        Assert.Equal("2026-03-16T15:00:00", (string?)Body(sent)["start"]!["dateTime"]);
        Assert.Equal(CalendarFailureKind.NotFound, result.Failure);
        Assert.Equal("ErrorItemNotFound", result.ErrorCode);
    }

    [Fact]
    public async Task Rescheduling_moves_the_meeting_and_returns_the_new_times()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) =>
            ScriptedResponse.Json(200, GraphWire.EventJson(start: "2026-03-16T15:00:00.0000000", end: "2026-03-16T16:00:00.0000000")));
        var start = new DateTimeOffset(2026, 3, 16, 15, 0, 0, TimeSpan.Zero);

        var result = await GraphWire.Calendar(server).RescheduleMeetingAsync("AAMkAD-event-1", start, start.AddHours(1), CancellationToken.None);

        Assert.Equal(start, result.Value.Start);
        Assert.Equal("2026-03-16T16:00:00", (string?)Body(Assert.Single(server.Requests))["end"]!["dateTime"]);
    }

    [Fact]
    public async Task Cancelling_posts_the_comment_to_the_cancel_action()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => new ScriptedResponse(202));

        var result = await GraphWire.Calendar(server).CancelMeetingAsync("AAMkAD-event-1", "The mentorship has ended early.", CancellationToken.None);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal(EventsPath + "/AAMkAD-event-1/cancel", sent.Path);
        Assert.Equal("The mentorship has ended early.", (string?)JsonProperty.Get(Body(sent), "comment"));
        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Cancelling_a_deleted_meeting_is_a_not_found_result()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => GraphWire.NotFound());

        var result = await GraphWire.Calendar(server).CancelMeetingAsync("AAMk-gone", "Ended.", CancellationToken.None);

        Assert.Equal(CalendarFailureKind.NotFound, result.Failure);
    }

    [Fact]
    public async Task Reads_each_attendees_response()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(200, """
            {"attendees":[
              {"type":"required","status":{"response":"accepted","time":"2026-03-02T10:15:00Z"},"emailAddress":{"address":"mentee@example.org","name":"Ada Mentee"}},
              {"type":"required","status":{"response":"declined","time":"2026-03-02T11:00:00Z"},"emailAddress":{"address":"mentor@example.org","name":"Grace Mentor"}},
              {"type":"optional","status":{"response":"none","time":"0001-01-01T00:00:00Z"},"emailAddress":{"address":"admin@example.org"}}
            ]}
            """));

        var result = await GraphWire.Calendar(server).GetAttendeeResponsesAsync("AAMkAD-event-1", CancellationToken.None);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("GET", sent.Method);
        Assert.Contains("select=attendees", Uri.UnescapeDataString(sent.RawTarget), StringComparison.Ordinal);
        Assert.Equal([MeetingResponse.Accepted, MeetingResponse.Declined, MeetingResponse.None], result.Value.Select(r => r.Response));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 15, 0, TimeSpan.Zero), result.Value[0].RespondedAt);
        Assert.Null(result.Value[2].RespondedAt);
    }

    [Fact]
    public async Task An_invalid_meeting_is_refused_without_a_request()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(201, GraphWire.EventJson()));

        var result = await GraphWire.Calendar(server).CreateMeetingAsync(new MeetingRequestBuilder().WithAttendees().Build(), CancellationToken.None);

        Assert.Empty(server.Requests);
        Assert.Equal("attendees", Assert.Single(result.FieldErrors).Field);
    }
}
