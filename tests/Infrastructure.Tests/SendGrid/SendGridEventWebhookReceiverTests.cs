using System.Text;
using MentorFlow.Infrastructure.SendGrid;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

public sealed class SendGridEventWebhookReceiverTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly string Events = $$"""
        [
          {"email":"mentee@example.org","timestamp":1772441000,"event":"delivered","sg_event_id":"ev-1","sg_message_id":"msg-1.filter","{{SendGridCustomArgs.CorrelationId}}":"journey-42/kickoff-invite"},
          {"email":"mentor@example.org","timestamp":1772441005,"event":"bounce","type":"bounce","reason":"550 5.1.1 user unknown","sg_event_id":"ev-2","sg_message_id":"msg-1.filter","{{SendGridCustomArgs.CorrelationId}}":"journey-42/kickoff-invite"},
          {"email":"old@example.org","timestamp":1772441006,"event":"dropped","reason":"Bounced Address","sg_event_id":"ev-3"},
          {"email":"corp@example.org","timestamp":1772441007,"event":"bounce","type":"blocked","sg_event_id":"ev-4"},
          {"email":"slow@example.org","timestamp":1772441008,"event":"deferred","sg_event_id":"ev-5"}
        ]
        """;

    private readonly SignedWebhookPost _sendGrid = new();
    private readonly InstantTimeProvider _time = new(Now);
    private readonly InMemoryEventDeduplicator _deduplicator = new();
    private readonly SendGridEventWebhookReceiver _receiver;

    public SendGridEventWebhookReceiverTests()
    {
        _receiver = Receiver(_sendGrid.PublicKey);
    }

    private SendGridEventWebhookReceiver Receiver(string publicKey) => new(
        Options.Create(new SendGridEventWebhookOptions { VerificationKey = publicKey, TimestampTolerance = TimeSpan.FromMinutes(5) }),
        _deduplicator,
        _time,
        NullLogger<SendGridEventWebhookReceiver>.Instance);

    public void Dispose()
    {
        _receiver.Dispose();
        _sendGrid.Dispose();
    }

    [Fact]
    public async Task A_signed_post_yields_its_events_with_the_correlation_id()
    {
        var (signature, timestamp, body) = _sendGrid.Sign(Events, Now.AddSeconds(-20));

        var receipt = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);

        Assert.True(receipt.IsAccepted);
        Assert.Equal(["ev-1", "ev-2", "ev-3", "ev-4", "ev-5"], receipt.NewEvents.Select(e => e.EventId));
        var bounce = receipt.NewEvents[1];
        Assert.Equal("journey-42/kickoff-invite", bounce.CorrelationId);
        Assert.Equal("mentor@example.org", bounce.Email);
        Assert.Equal("550 5.1.1 user unknown", bounce.Reason);
        Assert.Equal("msg-1.filter", bounce.SendGridMessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772441005), bounce.OccurredAt);
        Assert.Null(receipt.NewEvents[2].CorrelationId);
    }

    [Fact]
    public async Task Bounces_drops_and_blocks_are_undeliverable_but_deliveries_and_deferrals_are_not()
    {
        var (signature, timestamp, body) = _sendGrid.Sign(Events, Now);

        var receipt = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);

        Assert.Equal([false, true, true, true, false], receipt.NewEvents.Select(e => e.IsUndeliverable));
    }

    [Fact]
    public async Task Events_recorded_as_handled_are_reported_as_duplicates_when_posted_again()
    {
        var (signature, timestamp, body) = _sendGrid.Sign(Events, Now);
        var first = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);
        foreach (var handled in first.NewEvents)
        {
            await _deduplicator.MarkHandledAsync(handled.EventId, CancellationToken.None);
        }

        var again = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);

        Assert.True(again.IsAccepted);
        Assert.Empty(again.NewEvents);
        Assert.Equal(5, again.Duplicates);
    }

    [Fact]
    public async Task Events_not_recorded_as_handled_come_again_with_the_retry()
    {
        var (signature, timestamp, body) = _sendGrid.Sign(Events, Now);
        var first = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);
        await _deduplicator.MarkHandledAsync(first.NewEvents[0].EventId, CancellationToken.None);

        var retry = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);

        Assert.Equal(["ev-2", "ev-3", "ev-4", "ev-5"], retry.NewEvents.Select(e => e.EventId));
        Assert.Equal(1, retry.Duplicates);
    }

    [Fact]
    public async Task An_event_repeated_within_one_post_is_new_once()
    {
        var (signature, timestamp, body) = _sendGrid.Sign(
            """[{"event":"bounce","sg_event_id":"ev-7"},{"event":"bounce","sg_event_id":"ev-7"}]""", Now);

        var receipt = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);

        Assert.Equal("ev-7", Assert.Single(receipt.NewEvents).EventId);
        Assert.Equal(1, receipt.Duplicates);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused()
    {
        var (signature, timestamp, body) = _sendGrid.Sign(Events, Now);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"bounce\"", "\"delivered\"", StringComparison.Ordinal));

        var receipt = await _receiver.ReceiveAsync(signature, timestamp, tampered, CancellationToken.None);

        Assert.Equal(WebhookRefusal.BadSignature, receipt.Refusal);
        Assert.Empty(receipt.NewEvents);
    }

    [Fact]
    public async Task A_post_signed_with_another_key_is_refused()
    {
        using var impostor = new SignedWebhookPost();
        var (signature, timestamp, body) = impostor.Sign(Events, Now);

        var receipt = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);

        Assert.Equal(WebhookRefusal.BadSignature, receipt.Refusal);
    }

    [Fact]
    public async Task A_correctly_signed_but_stale_post_is_refused_as_a_possible_replay()
    {
        var (signature, timestamp, body) = _sendGrid.Sign(Events, Now.AddMinutes(-6));

        var receipt = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);

        Assert.Equal(WebhookRefusal.StaleTimestamp, receipt.Refusal);
    }

    [Fact]
    public async Task The_published_vector_verifies_at_its_own_time_and_its_single_object_body_is_malformed()
    {
        // SendGrid's published vector signs a JSON object; real posts are arrays. It passes the signature
        // check, which is what this proves, and is then refused for its shape.
        var receiver = Receiver("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==");
        _time.Advance(DateTimeOffset.FromUnixTimeSeconds(1588788367) - Now);

        var receipt = await receiver.ReceiveAsync(
            "MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=",
            "1588788367",
            Encoding.UTF8.GetBytes("""{"category":"example_payload","event":"test_event","message_id":"message_id"}"""),
            CancellationToken.None);

        Assert.Equal(WebhookRefusal.MalformedBody, receipt.Refusal);
    }

    [Theory]
    [InlineData(null, "1772442000")]
    [InlineData("c2ln", null)]
    [InlineData("", "")]
    public async Task A_post_without_the_signature_headers_is_refused(string? signature, string? timestamp)
    {
        var receipt = await _receiver.ReceiveAsync(signature, timestamp, Encoding.UTF8.GetBytes(Events), CancellationToken.None);

        Assert.Equal(WebhookRefusal.MissingHeaders, receipt.Refusal);
    }

    [Fact]
    public async Task Entries_without_an_event_id_are_skipped_and_counted()
    {
        var (signature, timestamp, body) = _sendGrid.Sign("""[{"event":"open"},"text",{"event":"delivered","sg_event_id":"ev-9"}]""", Now);

        var receipt = await _receiver.ReceiveAsync(signature, timestamp, body, CancellationToken.None);

        Assert.Equal("ev-9", Assert.Single(receipt.NewEvents).EventId);
        Assert.Equal(2, receipt.Skipped);
    }
}
