namespace MentorFlow.Durable.Storage;

/// <summary>
/// Where orchestration state lives: instances, their histories and inboxes, and activity tasks.
/// </summary>
/// <remarks>
/// <para>
/// The contract is shaped so that a store with single-document atomicity only (such as Cosmos DB without
/// transactional batch) can meet it: an instance's record, history, inbox and an outbox of messages still to deliver
/// can live in one document per instance, and every message and activity task carries a deterministic id, so that
/// delivering them after the step's commit, again after a crash, stores each once.
/// </para>
/// <para>Guarantees every implementation gives (the store contract tests check each):</para>
/// <list type="bullet">
/// <item><see cref="CompleteOrchestrationAsync"/> commits all of a step or none of it, and refuses a stale lock token.</item>
/// <item>A message is handed out only when <see cref="TaskMessage.VisibleAt"/> has passed, by the store's clock.</item>
/// <item>An instance is locked by at most one worker at a time; a lease that expires can be taken by another worker.</item>
/// <item>A Suspended instance is handed out only for resume or terminate messages; a finished one is handed out only
/// for messages that can act on it (rewind, a new start), and other messages to it are dropped.</item>
/// <item>Sending a message to an instance that does not exist drops it, unless it is a start
/// (<see cref="History.ExecutionStartedEvent"/>), which creates the instance as Pending.</item>
/// <item>Every time value is UTC.</item>
/// </list>
/// </remarks>
public interface IOrchestrationStore
{
    /// <summary>Creates what the store needs (tables, containers) if missing. Safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Creates an instance with its start message. When the id exists with a status in
    /// <paramref name="dedupeStatuses"/>, nothing changes and <see cref="CreateInstanceOutcome.AlreadyExists"/> is
    /// returned; when it exists with another status, it is replaced whole (history, inbox and tasks dropped).
    /// </summary>
    Task<CreateInstanceOutcome> CreateInstanceAsync(
        InstanceRecord instance,
        TaskMessage startMessage,
        IReadOnlyCollection<OrchestrationRuntimeStatus> dedupeStatuses,
        CancellationToken cancellationToken);

    /// <summary>Reads an instance, with or without its current execution's history; null when unknown.</summary>
    Task<(InstanceRecord Instance, IReadOnlyList<History.HistoryEvent>? History)?> GetInstanceAsync(
        string instanceId, bool includeHistory, CancellationToken cancellationToken);

    /// <summary>
    /// The status of each of <paramref name="instanceIds"/> that exists (unknown ids are left out): a lighter read than
    /// <see cref="GetInstanceAsync"/> when only existence and status matter.
    /// </summary>
    async Task<IReadOnlyDictionary<string, OrchestrationRuntimeStatus>> GetStatusesAsync(
        IReadOnlyList<string> instanceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        var statuses = new Dictionary<string, OrchestrationRuntimeStatus>(StringComparer.Ordinal);
        foreach (string instanceId in instanceIds)
        {
            if (await GetInstanceAsync(instanceId, includeHistory: false, cancellationToken).ConfigureAwait(false) is { } found)
            {
                statuses[instanceId] = found.Instance.Status;
            }
        }

        return statuses;
    }

    /// <summary>The status of one instance; null when it does not exist. The one-id form of <see cref="GetStatusesAsync"/>.</summary>
    async ValueTask<OrchestrationRuntimeStatus?> GetStatusAsync(string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        return (await GetStatusesAsync([instanceId], cancellationToken).ConfigureAwait(false)).TryGetValue(instanceId, out var status)
            ? status
            : null;
    }

    /// <summary>Reads one page of instances matching a query, in a stable order.</summary>
    Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>Adds messages to their targets' inboxes, idempotently by (target, message id).</summary>
    Task SendMessagesAsync(IReadOnlyList<TaskMessage> messages, CancellationToken cancellationToken);

    /// <summary>Removes every trace of an instance (record, history, inbox, activity tasks). False when unknown.</summary>
    Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Purges every instance matching the filter; returns how many were removed.</summary>
    Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// Locks up to <paramref name="maxCount"/> instances that have visible inbox messages and no live lease, for
    /// <paramref name="lockDuration"/>; increments each one's dequeue count. Empty when there is no work.
    /// </summary>
    Task<IReadOnlyList<OrchestrationWorkItem>> LockNextOrchestrationsAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken);

    /// <summary>Extends a lease; throws <see cref="LeaseLostException"/> when it was lost.</summary>
    Task<DateTime> RenewOrchestrationLockAsync(
        OrchestrationWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken);

    /// <summary>
    /// Commits one step atomically and releases the lock, resetting the dequeue count. Inbox messages that arrived
    /// after the work item was locked stay in the inbox. Throws <see cref="LeaseLostException"/> (and commits
    /// nothing) when the lease was lost.
    /// </summary>
    Task CompleteOrchestrationAsync(
        OrchestrationWorkItem workItem, OrchestrationStepResult result, CancellationToken cancellationToken);

    /// <summary>Releases the lock without committing; the work becomes visible again after <paramref name="delay"/>.</summary>
    Task AbandonOrchestrationAsync(OrchestrationWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Locks up to <paramref name="maxCount"/> activity tasks with no live lease; increments their dequeue counts.</summary>
    Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken);

    /// <summary>Extends an activity's lease; throws <see cref="LeaseLostException"/> when it was lost.</summary>
    Task<DateTime> RenewActivityLockAsync(ActivityWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the activity task and delivers its result message to the orchestration's inbox, as one commit where
    /// the store can (otherwise result first, idempotently, then the task). Throws <see cref="LeaseLostException"/>
    /// when the lease was lost.
    /// </summary>
    Task CompleteActivityAsync(ActivityWorkItem workItem, TaskMessage result, CancellationToken cancellationToken);

    /// <summary>Releases an activity's lock without completing it; it runs again after <paramref name="delay"/>.</summary>
    Task AbandonActivityAsync(ActivityWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IOrchestrationStore.CreateInstanceAsync"/> did.</summary>
public enum CreateInstanceOutcome
{
    /// <summary>A new instance was created.</summary>
    Created,

    /// <summary>An existing instance (in a status that was not deduplicated) was replaced.</summary>
    Replaced,

    /// <summary>An instance with that id exists in a deduplicated status; nothing changed.</summary>
    AlreadyExists,
}
