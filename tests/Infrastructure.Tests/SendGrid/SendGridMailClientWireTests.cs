using System.Globalization;
using System.Text.Json.Nodes;
using MentorFlow.Infrastructure.SendGrid;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

/// <summary>The client against a real HTTP server on loopback that checks the request and answers like SendGrid.</summary>
public sealed class SendGridMailClientWireTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly InstantTimeProvider _time = new(Now);

    private static ScriptedResponse Accepted(string messageId = "msg-123") =>
        new(202, Headers: new Dictionary<string, string> { ["X-Message-Id"] = messageId });

    private static ScriptedResponse ServerError() => ScriptedResponse.Json(500, """{"errors":[{"message":"Internal error"}]}""");

    private SendGridMailClient Client(LoopbackServer server, Action<SendGridOptions>? change = null)
    {
        var options = new SendGridOptions
        {
            ApiKey = "SG.test-key",
            From = "programmes@mentorflow.example",
            FromName = "MentorFlow",
            ReplyTo = "admin@mentorflow.example",
            BaseUrl = server.BaseUrl.ToString(),
        };
        change?.Invoke(options);
        return new SendGridMailClient(new HttpClient(), Options.Create(options), _time, NullLogger<SendGridMailClient>.Instance);
    }

    [Fact]
    public async Task Posts_the_email_as_v3_mail_send_expects_and_returns_the_message_id()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Accepted("msg-abc"));

        var result = await Client(server).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal("Bearer SG.test-key", request.Header("Authorization"));
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var json = JsonNode.Parse(request.Body)!;
        Assert.Equal("mentee@example.org", (string?)json["personalizations"]![0]!["to"]![0]!["email"]);
        Assert.Equal("Ada Mentee", (string?)json["personalizations"]![0]!["to"]![0]!["name"]);
        Assert.Equal("mentor@example.org", (string?)json["personalizations"]![0]!["cc"]![0]!["email"]);
        Assert.Equal("programmes@mentorflow.example", (string?)json["from"]!["email"]);
        Assert.Equal("MentorFlow", (string?)json["from"]!["name"]);
        Assert.Equal("admin@mentorflow.example", (string?)json["reply_to"]!["email"]);
        Assert.Equal("Your mentoring kickoff", (string?)json["subject"]);
        Assert.Equal(
            ["text/plain", "text/html", "text/calendar; method=REQUEST"],
            json["content"]!.AsArray().Select(c => (string?)c!["type"]));
        Assert.Equal("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", (string?)json["content"]![2]!["value"]);
        Assert.Equal(["kickoff"], json["categories"]!.AsArray().Select(c => (string?)c));
        Assert.Equal("journey-42/kickoff-invite", (string?)json["custom_args"]![SendGridCustomArgs.CorrelationId]);
        Assert.Null(json["mail_settings"]);
        Assert.Equal(MailSendStatus.Accepted, result.Status);
        Assert.Equal("msg-abc", result.MessageId);
    }

    [Fact]
    public async Task Sandbox_mode_is_sent_as_a_mail_setting_and_its_200_counts_as_accepted()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => new ScriptedResponse(200));

        var result = await Client(server, o => o.SandboxMode = true).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.True((bool)JsonNode.Parse(Assert.Single(server.Requests).Body)!["mail_settings"]!["sandbox_mode"]!["enable"]!);
        Assert.True(result.IsAccepted);
        Assert.Equal(200, result.HttpStatus);
    }

    [Fact]
    public async Task A_bad_request_is_not_retried_and_keeps_SendGrid_errors()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(400,
            """{"errors":[{"message":"The from address does not match a verified Sender Identity.","field":"from","help":"https://sendgrid.com/docs/for-developers/sending-email/sender-identity/"}]}"""));

        var result = await Client(server).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.Equal(MailSendStatus.Rejected, result.Status);
        Assert.Equal(400, result.HttpStatus);
        var error = Assert.Single(result.Errors);
        Assert.Equal("from", error.Field);
        Assert.Equal("The from address does not match a verified Sender Identity.", error.Message);
        Assert.Equal("https://sendgrid.com/docs/for-developers/sending-email/sender-identity/", error.Help);
        Assert.Empty(_time.Waits);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(413)]
    public async Task Refusals_of_the_account_or_size_are_not_retried(int status)
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(status, """{"errors":[{"message":"refused","field":null,"help":null}]}"""));

        var result = await Client(server).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.Equal(MailSendStatus.Rejected, result.Status);
        Assert.Equal("refused", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_rate_limit_waits_until_the_reset_time_then_sends()
    {
        var reset = Now.AddSeconds(30).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await using var server = await LoopbackServer.StartAsync((_, call) => call == 1
            ? ScriptedResponse.Json(429, """{"errors":[{"message":"too many requests"}]}""", new Dictionary<string, string> { ["X-RateLimit-Reset"] = reset })
            : Accepted("msg-after-reset"));

        var result = await Client(server).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(30)], _time.Waits);
        Assert.Equal("msg-after-reset", result.MessageId);
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task A_reset_beyond_the_longest_wait_is_returned_as_throttled_without_waiting()
    {
        var reset = Now.AddMinutes(10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await using var server = await LoopbackServer.StartAsync((_, _) =>
            new ScriptedResponse(429, Headers: new Dictionary<string, string> { ["X-RateLimit-Reset"] = reset }));

        var result = await Client(server, o => o.MaxRateLimitWait = TimeSpan.FromMinutes(1)).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.Empty(_time.Waits);
        Assert.Equal(MailSendStatus.Throttled, result.Status);
        Assert.Equal(TimeSpan.FromMinutes(10), result.RetryAfter);
    }

    [Fact]
    public async Task A_server_error_backs_off_then_sends()
    {
        await using var server = await LoopbackServer.StartAsync((_, call) => call == 1 ? ServerError() : Accepted());

        var result = await Client(server, o => o.FirstRetryDelay = TimeSpan.FromSeconds(2)).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        var wait = Assert.Single(_time.Waits);
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.True(result.IsAccepted);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
    }

    [Fact]
    public async Task A_server_error_that_persists_fails_after_the_bounded_attempts_with_growing_waits()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ServerError());

        var result = await Client(server, o => o.MaxAttempts = 4).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(MailSendStatus.Unavailable, result.Status);
        Assert.Equal(500, result.HttpStatus);
        Assert.Equal("Internal error", Assert.Single(result.Errors).Message);
        Assert.Equal(3, _time.Waits.Count);
        Assert.InRange(_time.Waits[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(_time.Waits[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(_time.Waits[2], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task An_attempt_without_an_answer_in_time_is_retried()
    {
        await using var server = await LoopbackServer.StartAsync((_, call) => call == 1
            ? Accepted("too-late") with { Delay = TimeSpan.FromSeconds(30) }
            : Accepted("msg-second"));

        var result = await Client(server, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300)).SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("msg-second", result.MessageId);
    }

    [Fact]
    public async Task An_invalid_email_is_refused_without_a_request()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Accepted());

        var result = await Client(server).SendAsync(new OutgoingEmailBuilder().WithTo().Build(), CancellationToken.None);

        Assert.Empty(server.Requests);
        Assert.Equal(MailSendStatus.Rejected, result.Status);
        Assert.Equal("to", Assert.Single(result.FieldErrors).Field);
    }

    [Fact]
    public async Task Registered_from_app_settings_it_sends_through_the_http_client_factory()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Accepted("msg-di"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = "SG.from-settings",
            ["SendGrid:From"] = "programmes@mentorflow.example",
            ["SendGrid:BaseUrl"] = server.BaseUrl.ToString(),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSendGridMail(configuration).BuildServiceProvider();

        var result = await services.GetRequiredService<SendGridMailClient>().SendAsync(new OutgoingEmailBuilder().Build(), CancellationToken.None);

        Assert.Equal("msg-di", result.MessageId);
        Assert.Equal("Bearer SG.from-settings", Assert.Single(server.Requests).Header("Authorization"));
    }
}
