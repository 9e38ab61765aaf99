namespace MentorFlow.Durable.Engine;

/// <summary>
/// Runs an orchestrator's continuations one at a time on the thread that replays it. Every <c>await</c> in
/// orchestrator code posts its continuation here, and the replay loop drains the queue after each history event, so
/// the code advances only in response to history, in the same order on every replay.
/// </summary>
internal sealed class OrchestrationSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly Lock _gate = new();

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_gate)
        {
            _queue.Enqueue((d, state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs queued continuations, and those they queue, until none is left.</summary>
    public void Drain()
    {
        while (true)
        {
            (SendOrPostCallback Callback, object? State) next;
            lock (_gate)
            {
                if (!_queue.TryDequeue(out next))
                {
                    return;
                }
            }

            next.Callback(next.State);
        }
    }

    /// <summary>Makes this the current context of the calling thread until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        SynchronizationContext? previous = Current;
        SetSynchronizationContext(this);
        return new Scope(previous);
    }

    /// <summary>Restores the thread's previous synchronization context.</summary>
    public readonly struct Scope(SynchronizationContext? previous) : IDisposable
    {
        public void Dispose() => SetSynchronizationContext(previous);
    }
}
