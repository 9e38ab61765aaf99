namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>
/// Remembers the most recent event ids of this process, forgetting the oldest beyond a capacity so memory
/// stays bounded. Good for one instance that may forget on restart; the host uses the persistent implementations.
/// </summary>
public sealed class InMemoryEventDeduplicator(int capacity = 100_000) : IEventDeduplicator
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    public ValueTask<bool> IsHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        lock (_gate)
        {
            return ValueTask.FromResult(_seen.Contains(eventId));
        }
    }

    public ValueTask MarkHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        lock (_gate)
        {
            if (_seen.Add(eventId))
            {
                _order.Enqueue(eventId);
                if (_order.Count > capacity)
                {
                    _seen.Remove(_order.Dequeue());
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
