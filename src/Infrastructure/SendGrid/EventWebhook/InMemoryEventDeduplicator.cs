namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>
/// Remembers the most recent event ids of this process, forgetting the oldest beyond a capacity so memory
/// stays bounded. Good for one instance; several instances need the persistent implementation.
/// </summary>
public sealed class InMemoryEventDeduplicator(int capacity = 100_000) : IEventDeduplicator
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        lock (_gate)
        {
            if (!_seen.Add(eventId))
            {
                return ValueTask.FromResult(false);
            }

            _order.Enqueue(eventId);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return ValueTask.FromResult(true);
        }
    }
}
