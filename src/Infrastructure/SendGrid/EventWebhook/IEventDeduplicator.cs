namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>
/// Remembers which webhook events were already handled. SendGrid delivers at least once and retries a post
/// for up to 24 hours, so the same <c>sg_event_id</c> can arrive again. An event is recorded only after its
/// effects are done: a crash in between leaves it unrecorded, and SendGrid's retry handles it again, so the
/// effects themselves must be idempotent.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary>True when the event was recorded as handled and is still within the retention.</summary>
    ValueTask<bool> IsHandledAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Records the event as handled; recording it again is harmless.</summary>
    ValueTask MarkHandledAsync(string eventId, CancellationToken cancellationToken);
}
