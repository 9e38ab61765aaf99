namespace MentorFlow.Durable.Worker;

/// <summary>A wake-up for one waiting loop: a set that comes while no one waits is kept for the next wait.</summary>
internal sealed class AutoResetSignal
{
    private readonly Lock _gate = new();
    private bool _isSet;
    private TaskCompletionSource? _waiter;

    public void Set()
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            waiter = _waiter;
            _waiter = null;
            _isSet = waiter is null;
        }

        waiter?.TrySetResult();
    }

    /// <summary>Waits until set or until the timeout passes (real time).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_gate)
        {
            if (_isSet)
            {
                _isSet = false;
                return;
            }

            waiter = _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task timer = Task.Delay(timeout, delay.Token);
        await Task.WhenAny(waiter.Task, timer);
        await delay.CancelAsync();
        lock (_gate)
        {
            if (_waiter == waiter)
            {
                _waiter = null;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
