using System.Collections.Concurrent;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Durable.Client.Journal;

/// <summary>
/// A <see cref="DurableTaskClient"/> that accepts a start into the <see cref="StartJournal"/> and lets the
/// <see cref="StartJournalPump"/> create the instance in the store shortly after. Only a start that may never replace an
/// instance (every status in <see cref="StartOrchestrationOptions.DedupeStatuses"/>, no
/// <see cref="StartOrchestrationOptions.StartAt"/>) is journaled: it returns once the start is synced to the journal,
/// which is one sequential write shared by every start of that moment, instead of a store transaction. Every other
/// start goes to the store directly.
/// </summary>
/// <remarks>
/// Until the pump has applied it, a journaled start is an instance in the Pending status to this client: reads see it,
/// a second start of the same id is refused, and any request that acts on it (raise an event, terminate, suspend,
/// resume, restart, rewind, purge, wait) first creates it in the store, and so does an instance query that could list
/// it (<see cref="GetInstancesAsync"/>). After a restart the journal is read again and what it holds is applied; a start
/// applied already is refused by the store as existing, so nothing is started twice; an instance purged between its
/// start and the next restart may be started again from the journal's unfinished segment.
/// </remarks>
public sealed class JournaledDurableTaskClient : DurableTaskClient, IDisposable
{
    private readonly StoreDurableTaskClient _store;
    private readonly StartJournal _journal;
    private readonly TimeProvider _timeProvider;
    private readonly PendingStarts _pending;
    private readonly ConcurrentQueue<JournalLocation> _recovered = new();

    /// <summary>Opens the journal in <paramref name="directory"/> and takes what it holds as pending starts.</summary>
    public JournaledDurableTaskClient(StoreDurableTaskClient store, string directory, TimeProvider timeProvider, long segmentBytes = StartJournal.DefaultSegmentBytes)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _timeProvider = timeProvider;
        _pending = new PendingStarts(location => _journal!.Read(location));
        _journal = StartJournal.Open(directory, out var recovered, segmentBytes, synced: _pending.Written);
        foreach ((JournaledStart start, JournalLocation location) in recovered)
        {
            if (_pending.TryAddRecovered(start.InstanceId, location))
            {
                _recovered.Enqueue(location);
            }
        }
    }

    /// <summary>Starts accepted but not yet created in the store.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>
    /// How many starts each sync of the journal waits (a millisecond at most) to gather: a host with many callers at
    /// once sets it, so that each sync carries more of them (<see cref="StartJournal.GatherTarget"/>). 0 by default.
    /// </summary>
    public int GatherStarts
    {
        get => _journal.GatherTarget;
        set => _journal.GatherTarget = value;
    }

    internal StartJournal Journal => _journal;

    internal PendingStarts Pending => _pending;

    /// <inheritdoc />
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        if (!IsJournaled(options))
        {
            if (options?.InstanceId is { } id)
            {
                await EnsureStartedAsync(id, cancellationToken);
            }

            return await _store.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, options, cancellationToken);
        }

        string instanceId = options!.InstanceId ?? Guid.NewGuid().ToString("N");
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId, nameof(options));
        DateTime now = _timeProvider.GetUtcNow().UtcDateTime;
        var pending = new PendingStart(orchestratorName, now);
        if (!_pending.TryBeginWriting(instanceId, pending))
        {
            throw new OrchestrationAlreadyExistsException(instanceId);
        }

        try
        {
            // Being written first, then written, then the store: a start leaves each only once it is in the next.
            if (_pending.TryFindWritten(instanceId, out _, out _) || await _store.GetInstanceStatusAsync(instanceId, cancellationToken) is not null)
            {
                throw new OrchestrationAlreadyExistsException(instanceId);
            }

            // Serialized into this thread's buffer and copied into the record at once, with no await in between. Once
            // synced, the journal's thread has moved the start to the written ones before this append completes.
            Task<JournalLocation> append = input is null
                ? _journal.AppendAsync(instanceId, orchestratorName, [], hasInput: false, now, cancellationToken)
                : _journal.AppendAsync(instanceId, orchestratorName, DurableJson.SerializeToThreadBuffer(input), hasInput: true, now, cancellationToken);
            await append;
            return instanceId;
        }
        catch (Exception exception)
        {
            _pending.FailWriting(instanceId, pending, exception);
            throw;
        }
    }

    /// <inheritdoc />
    public override async Task<IReadOnlyDictionary<string, OrchestrationRuntimeStatus>> GetInstanceStatusesAsync(
        IReadOnlyList<string> instanceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);

        // Pending first: a start leaves the pending ones only after it is in the store, so none falls in between.
        var statuses = new Dictionary<string, OrchestrationRuntimeStatus>(StringComparer.Ordinal);
        var others = new List<string>(instanceIds.Count);
        foreach (string instanceId in instanceIds)
        {
            if (_pending.Contains(instanceId))
            {
                statuses[instanceId] = OrchestrationRuntimeStatus.Pending;
            }
            else
            {
                others.Add(instanceId);
            }
        }

        if (others.Count > 0)
        {
            foreach ((string instanceId, OrchestrationRuntimeStatus status) in await _store.GetInstanceStatusesAsync(others, cancellationToken))
            {
                statuses[instanceId] = status;
            }
        }

        return statuses;
    }

    /// <inheritdoc />
    public override ValueTask<OrchestrationRuntimeStatus?> GetInstanceStatusAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);

        // Pending first, as for many ids.
        return _pending.Contains(instanceId)
            ? ValueTask.FromResult<OrchestrationRuntimeStatus?>(OrchestrationRuntimeStatus.Pending)
            : _store.GetInstanceStatusAsync(instanceId, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata?> GetInstanceAsync(
        string instanceId, bool getInputsAndOutputs = false, bool getHistory = false, CancellationToken cancellationToken = default)
    {
        if (await _store.GetInstanceAsync(instanceId, getInputsAndOutputs, getHistory, cancellationToken) is { } found)
        {
            return found;
        }

        if (_pending.TryGetWriting(instanceId, out PendingStart writing))
        {
            return PendingMetadata(instanceId, writing.Name, writing.AcceptedAt, input: null, getHistory);
        }

        if (_pending.TryFindWritten(instanceId, out JournaledStart written, out _))
        {
            return PendingMetadata(instanceId, written.Name, written.AcceptedAt, getInputsAndOutputs ? written.Input : null, getHistory);
        }

        // Applied between the two reads above.
        return await _store.GetInstanceAsync(instanceId, getInputsAndOutputs, getHistory, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The first page of a query that can match Pending instances first creates in the store the pending starts it would
    /// match, so a listing holds every start accepted before it.
    /// </remarks>
    public override async Task<OrchestrationQueryPage> GetInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.ContinuationToken is null && (query.Statuses is null || query.Statuses.Contains(OrchestrationRuntimeStatus.Pending)))
        {
            var starting = new List<Task>();
            foreach ((string instanceId, PendingStart writing) in _pending.Writing.ToList())
            {
                if (Matches(query, instanceId, writing.Name, writing.AcceptedAt))
                {
                    starting.Add(EnsureStartedAsync(instanceId, cancellationToken));
                }
            }

            foreach (JournalLocation location in _pending.WrittenLocations())
            {
                if (_journal.Read(location) is { } start && Matches(query, start.InstanceId, start.Name, start.AcceptedAt))
                {
                    starting.Add(ApplyAsync(start, location, cancellationToken));
                }
            }

            await Task.WhenAll(starting);
        }

        return await _store.GetInstancesAsync(query, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<InstanceOperationResult> RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.RaiseEventAsync(instanceId, eventName, eventPayload, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<InstanceOperationResult> TerminateInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.TerminateInstanceAsync(instanceId, reason, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<InstanceOperationResult> SuspendInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.SuspendInstanceAsync(instanceId, reason, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<InstanceOperationResult> ResumeInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.ResumeInstanceAsync(instanceId, reason, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<(InstanceOperationResult Result, string? InstanceId)> RestartAsync(
        string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.RestartAsync(instanceId, restartWithNewInstanceId, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<InstanceOperationResult> RewindInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.RewindInstanceAsync(instanceId, reason, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.PurgeInstanceAsync(instanceId, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken = default)
        => _store.PurgeInstancesAsync(filter, cancellationToken);

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        await EnsureStartedAsync(instanceId, cancellationToken);
        return await _store.WaitForInstanceStartAsync(instanceId, getInputsAndOutputs, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _journal.Dispose();

    /// <summary>Creates the instance of a pending start in the store now, ahead of the pump; nothing when none is pending.</summary>
    public async Task EnsureStartedAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        JournalLocation location;
        if (_pending.TryGetWriting(instanceId, out PendingStart writing))
        {
            try
            {
                location = await writing.WhenWritten().WaitAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return; // never accepted: its caller was told so
            }

            await ApplyAsync(location, cancellationToken);
        }
        else if (_pending.TryFindWritten(instanceId, out JournaledStart start, out location))
        {
            await ApplyAsync(start, location, cancellationToken);
        }
    }

    /// <summary>Where the recovered starts lie, then every start journaled since, in order.</summary>
    internal bool TryTakeNext(out JournalLocation location)
        => _recovered.TryDequeue(out location) || _journal.TryTakeAppended(out location);

    /// <summary>Creates the instance of the start at <paramref name="location"/> unless that start was applied already.</summary>
    internal Task ApplyAsync(JournalLocation location, CancellationToken cancellationToken)
    {
        JournaledStart start = _journal.Read(location)
            ?? throw new InvalidOperationException($"The journaled start at {location} could not be read back from the journal.");
        return ApplyAsync(start, location, cancellationToken);
    }

    // A start whose instance the store holds already (after a restart, most of the last segment's starts were applied
    // before it) would be refused by the store's dedupe anyway: the status read spares writing it. It leaves the pending
    // starts only once the store has it.
    private async Task ApplyAsync(JournaledStart start, JournalLocation location, CancellationToken cancellationToken)
    {
        if (!_pending.IsWrittenAt(start.InstanceId, location))
        {
            return;
        }

        if (await _store.GetInstanceStatusAsync(start.InstanceId, cancellationToken) is null)
        {
            await _store.StartSerializedAsync(start.Name, start.Input, start.InstanceId, start.AcceptedAt, EveryStatus, cancellationToken);
        }

        _pending.Remove(start.InstanceId, location);
    }

    private static OrchestrationMetadata PendingMetadata(string instanceId, string name, DateTime acceptedAt, string? input, bool getHistory)
        => new(name, instanceId, OrchestrationRuntimeStatus.Pending, acceptedAt, acceptedAt, input, null, null, null, getHistory ? [] : null);

    private static readonly OrchestrationRuntimeStatus[] EveryStatus = Enum.GetValues<OrchestrationRuntimeStatus>();

    private static bool Matches(InstanceQuery query, string instanceId, string name, DateTime acceptedAt)
        => (query.InstanceIdPrefix is null || instanceId.StartsWith(query.InstanceIdPrefix, StringComparison.Ordinal))
            && (query.Name is null || string.Equals(query.Name, name, StringComparison.Ordinal))
            && (query.CreatedFrom is null || acceptedAt >= query.CreatedFrom)
            && (query.CreatedTo is null || acceptedAt <= query.CreatedTo);

    private static bool IsJournaled(StartOrchestrationOptions? options)
        => options is { StartAt: null, DedupeStatuses: { } dedupe } && EveryStatus.All(dedupe.Contains);
}
