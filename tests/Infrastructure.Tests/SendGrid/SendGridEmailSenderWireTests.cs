using System.Text.Json.Nodes;
using MentorFlow.Domain.Messages;
using MentorFlow.Infrastructure.SendGrid;
using MentorFlow.Infrastructure.Tests.Outbox;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

/// <summary>The email port over SendGrid, against a real HTTP server on loopback.</summary>
public sealed class SendGridEmailSenderWireTests
{
    private static SendGridEmailSender Sender(LoopbackServer server) => new(new SendGridMailClient(
        new HttpClient(),
        Options.Create(new SendGridOptions
        {
            ApiKey = "SG.test-key",
            From = "programmes@mentorflow.example",
            BaseUrl = server.BaseUrl.ToString(),
            MaxAttempts = 1,
        }),
        new InstantTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)),
        NullLogger<SendGridMailClient>.Instance));

    [Fact]
    public async Task An_email_with_an_invite_is_sent_with_its_idempotency_key_as_correlation_id_and_the_invite_last()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) =>
            new ScriptedResponse(202, Headers: new Dictionary<string, string> { ["X-Message-Id"] = "msg-1" }));
        var email = new EmailToSendBuilder()
            .WithKey("journey:p1:m1/kickoff")
            .WithInvite(InviteMethod.Cancel, "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n")
            .Build();

        var outcome = await Sender(server).SendAsync(email, CancellationToken.None);

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        var json = JsonNode.Parse(Assert.Single(server.Requests).Body)!;
        Assert.Equal("journey:p1:m1/kickoff", (string?)json["custom_args"]![SendGridCustomArgs.CorrelationId]);
        Assert.Equal(email.Content.Subject, (string?)json["subject"]);
        Assert.Equal(
            ["text/plain", "text/html", "text/calendar; method=CANCEL"],
            json["content"]!.AsArray().Select(c => (string?)c!["type"]));
    }

    [Fact]
    public async Task A_refused_email_fails_with_SendGrids_reason_and_is_not_retried()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) =>
            ScriptedResponse.Json(400, """{"errors":[{"message":"The from address does not match a verified Sender Identity.","field":"from"}]}"""));

        var failure = await Assert.ThrowsAsync<EmailNotSentException>(
            () => Sender(server).SendAsync(new EmailToSendBuilder().Build(), CancellationToken.None));

        Assert.Equal(MailSendStatus.Rejected, failure.Status);
        Assert.Contains("verified Sender Identity", failure.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }
}
