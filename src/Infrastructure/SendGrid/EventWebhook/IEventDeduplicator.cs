namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>
/// Remembers which webhook events were already handled. SendGrid delivers at least once and retries a post
/// for up to 24 hours, so the same <c>sg_event_id</c> can arrive again.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary>Marks the event seen; true the first time, false for a repeat.</summary>
    ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken);
}
