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
    private readonly ConcurrentDictionary<string, PendingStart> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string InstanceId, JournalLocation Location)> _recovered = new();

    /// <summary>Opens the journal in <paramref name="directory"/> and takes what it holds as pending starts.</summary>
    public JournaledDurableTaskClient(StoreDurableTaskClient store, string directory, TimeProvider timeProvider, long segmentBytes = StartJournal.DefaultSegmentBytes)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _timeProvider = timeProvider;
        _journal = StartJournal.Open(directory, out var recovered, segmentBytes);
        foreach ((JournaledStart start, JournalLocation location) in recovered)
        {
            var pending = new PendingStart(start.Name, start.AcceptedAt);
            pending.SetWritten(location);
            if (_pending.TryAdd(start.InstanceId, pending))
            {
                _recovered.Enqueue((start.InstanceId, location));
            }
        }
    }

    /// <summary>Starts accepted but not yet created in the store.</summary>
    public int PendingCount => _pending.Count;

    internal StartJournal Journal => _journal;

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
        if (!_pending.TryAdd(instanceId, pending))
        {
            throw new OrchestrationAlreadyExistsException(instanceId);
        }

        try
        {
            if (await _store.GetInstanceStatusAsync(instanceId, cancellationToken) is not null)
            {
                throw new OrchestrationAlreadyExistsException(instanceId);
            }

            // Serialized into this thread's buffer and copied into the record at once, with no await in between.
            Task<JournalLocation> append = input is null
                ? _journal.AppendAsync(instanceId, orchestratorName, [], hasInput: false, now, cancellationToken)
                : _journal.AppendAsync(instanceId, orchestratorName, DurableJson.SerializeToThreadBuffer(input), hasInput: true, now, cancellationToken);
            JournalLocation location = await append;
            pending.SetWritten(location);
            return instanceId;
        }
        catch (Exception exception)
        {
            pending.SetFailed(exception);
            _pending.TryRemove(new KeyValuePair<string, PendingStart>(instanceId, pending));
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
            if (_pending.ContainsKey(instanceId))
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
        return _pending.ContainsKey(instanceId)
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

        if (_pending.TryGetValue(instanceId, out PendingStart? pending))
        {
            string? input = getInputsAndOutputs && pending.TryGetLocation(out JournalLocation written)
                ? _journal.Read(written)?.Input
                : null;
            return new OrchestrationMetadata(
                pending.Name, instanceId, OrchestrationRuntimeStatus.Pending, pending.AcceptedAt, pending.AcceptedAt,
                input, null, null, null, getHistory ? [] : null);
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
            await Task.WhenAll(_pending
                .Where(p => Matches(query, p.Key, p.Value))
                .Select(p => EnsureStartedAsync(p.Key, cancellationToken)));
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
        if (!_pending.TryGetValue(instanceId, out PendingStart? pending))
        {
            return;
        }

        JournalLocation location;
        try
        {
            location = await pending.WhenWritten().WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return; // never accepted: its caller was told so
        }

        await ApplyAsync(instanceId, pending, location, cancellationToken);
    }

    /// <summary>The recovered starts, then every start journaled since, in order.</summary>
    internal bool TryTakeNext(out string instanceId, out JournalLocation location)
    {
        if (_recovered.TryDequeue(out var entry))
        {
            (instanceId, location) = entry;
            return true;
        }

        return _journal.TryTakeAppended(out instanceId, out location);
    }

    /// <summary>Creates the instance of the start at <paramref name="location"/> unless that start was applied already.</summary>
    internal Task ApplyAsync(string instanceId, JournalLocation location, CancellationToken cancellationToken)
        => _pending.TryGetValue(instanceId, out PendingStart? pending)
            ? ApplyAsync(instanceId, pending, location, cancellationToken)
            : Task.CompletedTask;

    // A start whose instance the store holds already (after a restart, most of the last segment's starts were applied
    // before it) would be refused by the store's dedupe anyway: the status read spares reading it back and writing it.
    private async Task ApplyAsync(string instanceId, PendingStart pending, JournalLocation location, CancellationToken cancellationToken)
    {
        if (await _store.GetInstanceStatusAsync(instanceId, cancellationToken) is null)
        {
            JournaledStart start = _journal.Read(location)
                ?? throw new InvalidOperationException($"The journaled start of '{instanceId}' could not be read back from the journal.");
            await _store.StartSerializedAsync(start.Name, start.Input, instanceId, start.AcceptedAt, EveryStatus, cancellationToken);
        }

        _pending.TryRemove(new KeyValuePair<string, PendingStart>(instanceId, pending));
    }

    private static readonly OrchestrationRuntimeStatus[] EveryStatus = Enum.GetValues<OrchestrationRuntimeStatus>();

    private static bool Matches(InstanceQuery query, string instanceId, PendingStart pending)
        => (query.InstanceIdPrefix is null || instanceId.StartsWith(query.InstanceIdPrefix, StringComparison.Ordinal))
            && (query.Name is null || string.Equals(query.Name, pending.Name, StringComparison.Ordinal))
            && (query.CreatedFrom is null || pending.AcceptedAt >= query.CreatedFrom)
            && (query.CreatedTo is null || pending.AcceptedAt <= query.CreatedTo);

    private static bool IsJournaled(StartOrchestrationOptions? options)
        => options is { StartAt: null, DedupeStatuses: { } dedupe } && EveryStatus.All(dedupe.Contains);

    // One per start accepted and not yet applied: during a burst, hundreds of thousands live until the pump reaches
    // them, so each is one small object. Whoever needs to wait for the write (a rare request on a start not yet synced)
    // gets a completion source made for it then. It locks itself: it is private to this client, nothing else can.
    private sealed class PendingStart(string name, DateTime acceptedAt)
    {
        private JournalLocation _location;
        private Exception? _failure;
        private bool _written;
        private TaskCompletionSource<JournalLocation>? _waiter;

        public string Name { get; } = name;

        public DateTime AcceptedAt { get; } = acceptedAt;

        public bool TryGetLocation(out JournalLocation location)
        {
            lock (this)
            {
                location = _location;
                return _written;
            }
        }

        /// <summary>Completes when the start is synced to the journal, with where it lies; fails when writing it failed.</summary>
        public Task<JournalLocation> WhenWritten()
        {
            lock (this)
            {
                if (_written)
                {
                    return Task.FromResult(_location);
                }

                if (_failure is not null)
                {
                    return Task.FromException<JournalLocation>(_failure);
                }

                _waiter ??= new TaskCompletionSource<JournalLocation>(TaskCreationOptions.RunContinuationsAsynchronously);
                return _waiter.Task;
            }
        }

        public void SetWritten(JournalLocation location)
        {
            TaskCompletionSource<JournalLocation>? waiter;
            lock (this)
            {
                _location = location;
                _written = true;
                waiter = _waiter;
            }

            waiter?.TrySetResult(location);
        }

        public void SetFailed(Exception exception)
        {
            TaskCompletionSource<JournalLocation>? waiter;
            lock (this)
            {
                _failure = exception;
                waiter = _waiter;
            }

            waiter?.TrySetException(exception);
        }
    }
}
