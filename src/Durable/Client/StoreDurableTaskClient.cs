using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Worker;

namespace MentorFlow.Durable.Client;

/// <summary>
/// The <see cref="DurableTaskClient"/> over an <see cref="IOrchestrationStore"/>: starts create instances, and every
/// other request is a message to the instance's inbox that its next step acts on. Requests check the instance's
/// status first, so that what cannot apply is answered at once (not found, already finished, not applicable).
/// </summary>
public sealed class StoreDurableTaskClient : DurableTaskClient
{
    private static readonly OrchestrationRuntimeStatus[] _activeStatuses =
    [
        OrchestrationRuntimeStatus.Pending,
        OrchestrationRuntimeStatus.Running,
        OrchestrationRuntimeStatus.Suspended,
        OrchestrationRuntimeStatus.ContinuedAsNew,
    ];

    private readonly IOrchestrationStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly WorkSignal? _signal;
    private readonly StoreInitializer _initializer;
    private readonly TimeSpan _pollingInterval;

    /// <summary>Creates a client that works on its own (no worker in this process to wake).</summary>
    /// <param name="store">The store.</param>
    /// <param name="timeProvider">The clock for timestamps.</param>
    /// <param name="pollingInterval">How often waits re-read the instance.</param>
    public StoreDurableTaskClient(IOrchestrationStore store, TimeProvider timeProvider, TimeSpan pollingInterval)
        : this(store, timeProvider, null, new StoreInitializer(store), pollingInterval)
    {
    }

    internal StoreDurableTaskClient(
        IOrchestrationStore store, TimeProvider timeProvider, WorkSignal? signal, StoreInitializer initializer, TimeSpan pollingInterval)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollingInterval, TimeSpan.Zero);
        _store = store;
        _timeProvider = timeProvider;
        _signal = signal;
        _initializer = initializer;
        _pollingInterval = pollingInterval;
    }

    private DateTime Now => _timeProvider.GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        string instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId, nameof(options));
        IReadOnlyCollection<OrchestrationRuntimeStatus> dedupe = options?.DedupeStatuses ?? (options?.ReplaceExisting == true ? [] : _activeStatuses);
        CreateInstanceOutcome outcome = await StartAsync(
            orchestratorName, DurableJson.Serialize(input), instanceId, options?.StartAt, dedupe, cancellationToken);
        return outcome == CreateInstanceOutcome.AlreadyExists ? throw new OrchestrationAlreadyExistsException(instanceId) : instanceId;
    }

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata?> GetInstanceAsync(
        string instanceId, bool getInputsAndOutputs = false, bool getHistory = false, CancellationToken cancellationToken = default)
    {
        await _initializer.EnsureAsync(cancellationToken);
        (InstanceRecord Instance, IReadOnlyList<HistoryEvent>? History)? found = await _store.GetInstanceAsync(instanceId, getHistory, cancellationToken);
        return found is { } instance ? ToMetadata(instance.Instance, getInputsAndOutputs, instance.History) : null;
    }

    /// <inheritdoc />
    public override async ValueTask<OrchestrationRuntimeStatus?> GetInstanceStatusAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        await _initializer.EnsureAsync(cancellationToken);
        return await _store.GetStatusAsync(instanceId, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<IReadOnlyDictionary<string, OrchestrationRuntimeStatus>> GetInstanceStatusesAsync(
        IReadOnlyList<string> instanceIds, CancellationToken cancellationToken = default)
    {
        await _initializer.EnsureAsync(cancellationToken);
        return await _store.GetStatusesAsync(instanceIds, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<OrchestrationQueryPage> GetInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _initializer.EnsureAsync(cancellationToken);
        InstancePage page = await _store.QueryInstancesAsync(query, cancellationToken);
        return new OrchestrationQueryPage(
            [.. page.Instances.Select(r => ToMetadata(r, query.IncludeInputsAndOutputs, null))],
            page.ContinuationToken);
    }

    /// <inheritdoc />
    public override Task<InstanceOperationResult> RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        return SendIfActiveAsync(instanceId, new EventRaisedEvent(-1, Now, eventName, DurableJson.Serialize(eventPayload)), _ => true, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<InstanceOperationResult> TerminateInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default)
        => SendIfActiveAsync(instanceId, new ExecutionTerminatedEvent(-1, Now, reason), _ => true, cancellationToken);

    /// <inheritdoc />
    public override Task<InstanceOperationResult> SuspendInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default)
        // A suspended instance is handed out only for resume or terminate, so a second suspend is not sent.
        => SendIfActiveAsync(instanceId, new ExecutionSuspendedEvent(-1, Now, reason), r => r.Status != OrchestrationRuntimeStatus.Suspended, cancellationToken);

    /// <inheritdoc />
    public override Task<InstanceOperationResult> ResumeInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default)
        => SendIfActiveAsync(instanceId, new ExecutionResumedEvent(-1, Now, reason), _ => true, cancellationToken);

    /// <inheritdoc />
    public override async Task<(InstanceOperationResult Result, string? InstanceId)> RestartAsync(
        string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellationToken = default)
    {
        await _initializer.EnsureAsync(cancellationToken);
        if (await _store.GetInstanceAsync(instanceId, false, cancellationToken) is not { } found)
        {
            return (InstanceOperationResult.NotFound, null);
        }

        InstanceRecord instance = found.Instance;
        if (!restartWithNewInstanceId && !instance.IsFinished)
        {
            return (InstanceOperationResult.NotApplicable, null);
        }

        string newInstanceId = restartWithNewInstanceId ? Guid.NewGuid().ToString("N") : instanceId;
        CreateInstanceOutcome outcome = await StartAsync(instance.Name, instance.Input, newInstanceId, null, _activeStatuses, cancellationToken);
        return outcome == CreateInstanceOutcome.AlreadyExists
            ? (InstanceOperationResult.NotApplicable, null)
            : (InstanceOperationResult.Accepted, newInstanceId);
    }

    /// <inheritdoc />
    public override async Task<InstanceOperationResult> RewindInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        await _initializer.EnsureAsync(cancellationToken);
        if (await _store.GetInstanceAsync(instanceId, false, cancellationToken) is not { } found)
        {
            return InstanceOperationResult.NotFound;
        }

        if (found.Instance.Status != OrchestrationRuntimeStatus.Failed)
        {
            return InstanceOperationResult.NotApplicable;
        }

        await SendAsync(instanceId, new ExecutionRewoundEvent(-1, Now, reason), cancellationToken);
        return InstanceOperationResult.Accepted;
    }

    /// <inheritdoc />
    public override async Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await _initializer.EnsureAsync(cancellationToken);
        return await _store.PurgeInstanceAsync(instanceId, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await _initializer.EnsureAsync(cancellationToken);
        return await _store.PurgeInstancesAsync(filter, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
        => WaitUntilAsync(instanceId, getInputsAndOutputs, m => m.RuntimeStatus is OrchestrationRuntimeStatus.Completed
            or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated, cancellationToken);

    /// <inheritdoc />
    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
        => WaitUntilAsync(instanceId, getInputsAndOutputs, m => m.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellationToken);

    private static OrchestrationMetadata ToMetadata(InstanceRecord record, bool withPayloads, IReadOnlyList<HistoryEvent>? history) => new(
        record.Name,
        record.InstanceId,
        record.Status,
        record.CreatedAt,
        record.LastUpdatedAt,
        withPayloads ? record.Input : null,
        withPayloads ? record.Output : null,
        withPayloads ? record.CustomStatus : null,
        record.Failure,
        history);

    /// <summary>Creates an instance from an input serialised already, as created at <paramref name="createdAt"/>.</summary>
    internal Task<CreateInstanceOutcome> StartSerializedAsync(
        string name, string? serializedInput, string instanceId, DateTime createdAt, IReadOnlyCollection<OrchestrationRuntimeStatus> dedupeStatuses, CancellationToken cancellationToken)
        => StartAsync(name, serializedInput, instanceId, null, dedupeStatuses, cancellationToken, createdAt);

    private async Task<CreateInstanceOutcome> StartAsync(
        string name, string? serializedInput, string instanceId, DateTime? startAt, IReadOnlyCollection<OrchestrationRuntimeStatus> dedupeStatuses, CancellationToken cancellationToken, DateTime? createdAt = null)
    {
        await _initializer.EnsureAsync(cancellationToken);
        DateTime now = createdAt ?? Now;
        DateTime? scheduledStart = startAt?.ToUniversalTime() is { } at && at > now ? at : null;
        string executionId = Guid.NewGuid().ToString("N");
        var instance = new InstanceRecord(
            instanceId, name, executionId, OrchestrationRuntimeStatus.Pending, now, now, serializedInput, ScheduledStartAt: scheduledStart);
        var start = new TaskMessage(
            $"{instanceId}:{executionId}:start",
            instanceId,
            executionId,
            new ExecutionStartedEvent(-1, now, name, executionId, serializedInput, null, scheduledStart),
            scheduledStart);
        CreateInstanceOutcome outcome = await _store.CreateInstanceAsync(
            instance, start, dedupeStatuses, cancellationToken);
        _signal?.Orchestrations.Set();
        return outcome;
    }

    private async Task<InstanceOperationResult> SendIfActiveAsync(
        string instanceId, HistoryEvent request, Func<InstanceRecord, bool> needsMessage, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        await _initializer.EnsureAsync(cancellationToken);
        if (await _store.GetInstanceAsync(instanceId, false, cancellationToken) is not { } found)
        {
            return InstanceOperationResult.NotFound;
        }

        if (found.Instance.IsFinished)
        {
            return InstanceOperationResult.AlreadyFinished;
        }

        if (needsMessage(found.Instance))
        {
            await SendAsync(instanceId, request, cancellationToken);
        }

        return InstanceOperationResult.Accepted;
    }

    private async Task SendAsync(string instanceId, HistoryEvent request, CancellationToken cancellationToken)
    {
        await _store.SendMessagesAsync([new TaskMessage(Guid.NewGuid().ToString("N"), instanceId, null, request)], cancellationToken);
        _signal?.Orchestrations.Set();
    }

    private async Task<OrchestrationMetadata> WaitUntilAsync(
        string instanceId, bool getInputsAndOutputs, Func<OrchestrationMetadata, bool> done, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task? nextCommit = _signal?.NextCommit;
            OrchestrationMetadata metadata = await GetInstanceAsync(instanceId, getInputsAndOutputs, false, cancellationToken)
                ?? throw new InvalidOperationException($"No orchestration instance has the id '{instanceId}'.");
            if (done(metadata))
            {
                return metadata;
            }

            Task poll = Task.Delay(_pollingInterval, cancellationToken);
            await (nextCommit is null ? poll : Task.WhenAny(nextCommit, poll));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
