using System.Collections.Concurrent;
using System.Diagnostics;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Durable.Bench;

/// <summary>
/// Wraps a store and times each orchestration step from the moment its work item is handed out to the moment its
/// result is submitted: that is the replay of the history plus the step's new decisions, with no store I/O in it.
/// </summary>
internal sealed class StepTimingStore(IOrchestrationStore inner) : IOrchestrationStore
{
    private readonly ConcurrentDictionary<string, long> _handedOutAt = new(StringComparer.Ordinal);

    /// <summary>Each step's history length when it started, and how long it took.</summary>
    public ConcurrentBag<(int HistoryLength, TimeSpan Elapsed)> Steps { get; } = [];

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<CreateInstanceOutcome> CreateInstanceAsync(
        InstanceRecord instance, TaskMessage startMessage, IReadOnlyCollection<OrchestrationRuntimeStatus> dedupeStatuses, CancellationToken cancellationToken)
        => inner.CreateInstanceAsync(instance, startMessage, dedupeStatuses, cancellationToken);

    public Task<(InstanceRecord Instance, IReadOnlyList<HistoryEvent>? History)?> GetInstanceAsync(
        string instanceId, bool includeHistory, CancellationToken cancellationToken)
        => inner.GetInstanceAsync(instanceId, includeHistory, cancellationToken);

    public Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
        => inner.QueryInstancesAsync(query, cancellationToken);

    public Task SendMessagesAsync(IReadOnlyList<TaskMessage> messages, CancellationToken cancellationToken)
        => inner.SendMessagesAsync(messages, cancellationToken);

    public Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken)
        => inner.PurgeInstanceAsync(instanceId, cancellationToken);

    public Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken)
        => inner.PurgeInstancesAsync(filter, cancellationToken);

    public async Task<IReadOnlyList<OrchestrationWorkItem>> LockNextOrchestrationsAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        var workItems = await inner.LockNextOrchestrationsAsync(workerId, maxCount, lockDuration, cancellationToken);
        var now = Stopwatch.GetTimestamp();
        foreach (var workItem in workItems)
        {
            _handedOutAt[workItem.LockToken] = now;
        }

        return workItems;
    }

    public Task<DateTime> RenewOrchestrationLockAsync(OrchestrationWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
        => inner.RenewOrchestrationLockAsync(workItem, lockDuration, cancellationToken);

    public Task CompleteOrchestrationAsync(OrchestrationWorkItem workItem, OrchestrationStepResult result, CancellationToken cancellationToken)
    {
        if (_handedOutAt.TryRemove(workItem.LockToken, out var handedOutAt))
        {
            Steps.Add((workItem.History.Count, Stopwatch.GetElapsedTime(handedOutAt)));
        }

        return inner.CompleteOrchestrationAsync(workItem, result, cancellationToken);
    }

    public Task AbandonOrchestrationAsync(OrchestrationWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
        => inner.AbandonOrchestrationAsync(workItem, delay, cancellationToken);

    public Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
        => inner.LockNextActivitiesAsync(workerId, maxCount, lockDuration, cancellationToken);

    public Task<DateTime> RenewActivityLockAsync(ActivityWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
        => inner.RenewActivityLockAsync(workItem, lockDuration, cancellationToken);

    public Task CompleteActivityAsync(ActivityWorkItem workItem, TaskMessage result, CancellationToken cancellationToken)
        => inner.CompleteActivityAsync(workItem, result, cancellationToken);

    public Task AbandonActivityAsync(ActivityWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
        => inner.AbandonActivityAsync(workItem, delay, cancellationToken);
}
