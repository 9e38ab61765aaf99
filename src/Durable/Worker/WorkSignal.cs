namespace MentorFlow.Durable.Worker;

/// <summary>
/// In-process wake-ups: work this process enqueues wakes its own dispatch loops at once instead of at the next poll,
/// and each committed step wakes clients waiting for an instance.
/// </summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when orchestration messages were enqueued.</summary>
    public AutoResetSignal Orchestrations { get; } = new();

    /// <summary>Set when activity tasks were enqueued.</summary>
    public AutoResetSignal Activities { get; } = new();

    /// <summary>Completes at the next committed step.</summary>
    public Task NextCommit => Volatile.Read(ref _committed).Task;

    public void NotifyCommitted()
        => Interlocked.Exchange(ref _committed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
