using MentorFlow.Durable;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.InMemory;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>
/// The in-memory store whose initialisation waits until the test opens the gate: a store that takes its time to
/// come up (a database file being created, a Cosmos container being provisioned).
/// </summary>
public sealed class GatedStore : IOrchestrationStore
{
    private readonly InMemoryOrchestrationStore _inner = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        await _inner.InitializeAsync(cancellationToken);
    }

    public Task<CreateInstanceOutcome> CreateInstanceAsync(
        InstanceRecord instance, TaskMessage startMessage, IReadOnlyCollection<OrchestrationRuntimeStatus> dedupeStatuses, CancellationToken cancellationToken)
        => _inner.CreateInstanceAsync(instance, startMessage, dedupeStatuses, cancellationToken);

    public Task<(InstanceRecord Instance, IReadOnlyList<HistoryEvent>? History)?> GetInstanceAsync(
        string instanceId, bool includeHistory, CancellationToken cancellationToken)
        => _inner.GetInstanceAsync(instanceId, includeHistory, cancellationToken);

    public Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
        => _inner.QueryInstancesAsync(query, cancellationToken);

    public Task SendMessagesAsync(IReadOnlyList<TaskMessage> messages, CancellationToken cancellationToken)
        => _inner.SendMessagesAsync(messages, cancellationToken);

    public Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken)
        => _inner.PurgeInstanceAsync(instanceId, cancellationToken);

    public Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken)
        => _inner.PurgeInstancesAsync(filter, cancellationToken);

    public Task<IReadOnlyList<OrchestrationWorkItem>> LockNextOrchestrationsAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
        => _inner.LockNextOrchestrationsAsync(workerId, maxCount, lockDuration, cancellationToken);

    public Task<DateTime> RenewOrchestrationLockAsync(OrchestrationWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
        => _inner.RenewOrchestrationLockAsync(workItem, lockDuration, cancellationToken);

    public Task CompleteOrchestrationAsync(OrchestrationWorkItem workItem, OrchestrationStepResult result, CancellationToken cancellationToken)
        => _inner.CompleteOrchestrationAsync(workItem, result, cancellationToken);

    public Task AbandonOrchestrationAsync(OrchestrationWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
        => _inner.AbandonOrchestrationAsync(workItem, delay, cancellationToken);

    public Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
        => _inner.LockNextActivitiesAsync(workerId, maxCount, lockDuration, cancellationToken);

    public Task<DateTime> RenewActivityLockAsync(ActivityWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
        => _inner.RenewActivityLockAsync(workItem, lockDuration, cancellationToken);

    public Task CompleteActivityAsync(ActivityWorkItem workItem, TaskMessage result, CancellationToken cancellationToken)
        => _inner.CompleteActivityAsync(workItem, result, cancellationToken);

    public Task AbandonActivityAsync(ActivityWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
        => _inner.AbandonActivityAsync(workItem, delay, cancellationToken);
}
