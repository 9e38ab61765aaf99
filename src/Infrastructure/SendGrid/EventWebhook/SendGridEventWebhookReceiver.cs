using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>
/// Takes one post of SendGrid's signed Event Webhook: verifies the signature over the raw bytes before
/// anything is parsed, refuses stale timestamps (replays), parses the JSON array of events and keeps only
/// the events not handled before (each once, even when a post repeats one). The caller handles them and then
/// records each with <see cref="IEventDeduplicator.MarkHandledAsync"/>, so a crash in between is retried.
/// </summary>
public sealed partial class SendGridEventWebhookReceiver : IDisposable
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    private readonly SendGridSignatureVerifier _verifier;
    private readonly TimeSpan _tolerance;
    private readonly IEventDeduplicator _deduplicator;
    private readonly TimeProvider _time;
    private readonly ILogger<SendGridEventWebhookReceiver> _logger;

    public SendGridEventWebhookReceiver(
        IOptions<SendGridEventWebhookOptions> options,
        IEventDeduplicator deduplicator,
        TimeProvider time,
        ILogger<SendGridEventWebhookReceiver> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!SendGridSignatureVerifier.TryCreate(options.Value.VerificationKey ?? string.Empty, out var verifier))
        {
            throw new InvalidOperationException("SendGrid__EventWebhook__VerificationKey is not a base64 DER ECDSA P-256 public key.");
        }

        _verifier = verifier;
        _tolerance = options.Value.TimestampTolerance;
        _deduplicator = deduplicator;
        _time = time;
        _logger = logger;
    }

    public async Task<WebhookReceipt> ReceiveAsync(string? signature, string? timestamp, ReadOnlyMemory<byte> rawBody, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            return Refuse(WebhookRefusal.MissingHeaders);
        }

        if (!_verifier.Verify(timestamp, rawBody.Span, signature))
        {
            return Refuse(WebhookRefusal.BadSignature);
        }

        if (!long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epochSeconds)
            || (_time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(epochSeconds)).Duration() > _tolerance)
        {
            return Refuse(WebhookRefusal.StaleTimestamp);
        }

        List<DeliveryEvent> events;
        int skipped;
        try
        {
            (events, skipped) = Parse(rawBody);
        }
        catch (JsonException)
        {
            return Refuse(WebhookRefusal.MalformedBody);
        }

        var fresh = new List<DeliveryEvent>(events.Count);
        var inThisPost = new HashSet<string>(StringComparer.Ordinal);
        foreach (var deliveryEvent in events)
        {
            if (inThisPost.Add(deliveryEvent.EventId) && !await _deduplicator.IsHandledAsync(deliveryEvent.EventId, cancellationToken))
            {
                fresh.Add(deliveryEvent);
            }
        }

        LogAccepted(fresh.Count, events.Count - fresh.Count, skipped);
        return WebhookReceipt.Accepted(fresh, events.Count - fresh.Count, skipped);
    }

    public void Dispose() => _verifier.Dispose();

    private WebhookReceipt Refuse(WebhookRefusal refusal)
    {
        LogRefused(refusal);
        return WebhookReceipt.Refused(refusal);
    }

    private static (List<DeliveryEvent> Events, int Skipped) Parse(ReadOnlyMemory<byte> rawBody)
    {
        using var document = JsonDocument.Parse(rawBody);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The Event Webhook posts a JSON array.");
        }

        var events = new List<DeliveryEvent>();
        var skipped = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object
                || String(element, "sg_event_id") is not { Length: > 0 } eventId
                || String(element, "event") is not { Length: > 0 } kind)
            {
                skipped++;
                continue;
            }

            events.Add(new DeliveryEvent(
                eventId,
                kind,
                String(element, "email"),
                element.TryGetProperty("timestamp", out var at) && at.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null,
                String(element, SendGridCustomArgs.CorrelationId),
                String(element, "sg_message_id"),
                String(element, "reason"),
                String(element, "type")));
        }

        return (events, skipped);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "SendGrid webhook post refused: {Refusal}")]
    private partial void LogRefused(WebhookRefusal refusal);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Information, Message = "SendGrid webhook post accepted: {New} new, {Duplicates} duplicate, {Skipped} skipped event(s)")]
    private partial void LogAccepted(int @new, int duplicates, int skipped);
}
