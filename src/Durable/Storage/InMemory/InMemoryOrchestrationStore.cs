using System.Globalization;
using MentorFlow.Durable.History;

namespace MentorFlow.Durable.Storage.InMemory;

/// <summary>
/// An <see cref="IOrchestrationStore"/> held in memory, for tests and single-process tools: everything the interface
/// promises (atomic steps, leases that expire, dequeue counts, visibility times, idempotent delivery, the suspended and
/// finished rules), with one lock around all state. Nothing survives the process.
/// </summary>
/// <param name="timeProvider">The store's clock: message visibility and lease expiry are judged by it.</param>
public sealed class InMemoryOrchestrationStore(TimeProvider timeProvider) : IOrchestrationStore
{
    private static readonly OrchestrationRuntimeStatus[] _finishedStatuses =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, InstanceState> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivityState> _activities = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>Creates a store on the system clock.</summary>
    public InMemoryOrchestrationStore() : this(TimeProvider.System)
    {
    }

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<CreateInstanceOutcome> CreateInstanceAsync(
        InstanceRecord instance,
        TaskMessage startMessage,
        IReadOnlyCollection<OrchestrationRuntimeStatus> dedupeStatuses,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(startMessage);
        ArgumentNullException.ThrowIfNull(dedupeStatuses);
        lock (_gate)
        {
            CreateInstanceOutcome outcome = CreateInstanceOutcome.Created;
            if (_instances.TryGetValue(instance.InstanceId, out InstanceState? existing))
            {
                if (dedupeStatuses.Contains(existing.Record.Status))
                {
                    return Task.FromResult(CreateInstanceOutcome.AlreadyExists);
                }

                RemoveActivitiesOf(instance.InstanceId);
                outcome = CreateInstanceOutcome.Replaced;
            }

            var state = new InstanceState(instance);
            _instances[instance.InstanceId] = state;
            state.Inbox.Add(new StoredMessage(startMessage, ++_sequence));
            return Task.FromResult(outcome);
        }
    }

    /// <inheritdoc />
    public Task<(InstanceRecord Instance, IReadOnlyList<HistoryEvent>? History)?> GetInstanceAsync(
        string instanceId, bool includeHistory, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            (InstanceRecord, IReadOnlyList<HistoryEvent>?)? found = _instances.TryGetValue(instanceId, out InstanceState? state)
                ? (state.Record, includeHistory ? [.. state.History] : null)
                : null;
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        (DateTime CreatedAt, string InstanceId)? after = ParseToken(query.ContinuationToken);
        lock (_gate)
        {
            List<InstanceRecord> matches = [.. _instances.Values
                .Select(s => s.Record)
                .Where(r => query.Statuses is null || query.Statuses.Count == 0 || query.Statuses.Contains(r.Status))
                .Where(r => query.CreatedFrom is null || r.CreatedAt >= query.CreatedFrom)
                .Where(r => query.CreatedTo is null || r.CreatedAt <= query.CreatedTo)
                .Where(r => query.InstanceIdPrefix is null || r.InstanceId.StartsWith(query.InstanceIdPrefix, StringComparison.Ordinal))
                .Where(r => query.Name is null || string.Equals(r.Name, query.Name, StringComparison.OrdinalIgnoreCase))
                .Where(r => after is null || r.CreatedAt > after.Value.CreatedAt
                    || (r.CreatedAt == after.Value.CreatedAt && string.CompareOrdinal(r.InstanceId, after.Value.InstanceId) > 0))
                .OrderBy(r => r.CreatedAt)
                .ThenBy(r => r.InstanceId, StringComparer.Ordinal)
                .Take(query.PageSize + 1)];
            string? token = null;
            if (matches.Count > query.PageSize)
            {
                matches.RemoveAt(query.PageSize);
                InstanceRecord last = matches[^1];
                token = $"{last.CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}:{last.InstanceId}";
            }

            IReadOnlyList<InstanceRecord> page = query.IncludeInputsAndOutputs
                ? matches
                : [.. matches.Select(r => r with { Input = null, Output = null, CustomStatus = null })];
            return Task.FromResult(new InstancePage(page, token));
        }
    }

    /// <inheritdoc />
    public Task SendMessagesAsync(IReadOnlyList<TaskMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        lock (_gate)
        {
            DateTime now = Now;
            foreach (TaskMessage message in messages)
            {
                Deliver(message, now);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            RemoveActivitiesOf(instanceId);
            return Task.FromResult(_instances.Remove(instanceId));
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IReadOnlyCollection<OrchestrationRuntimeStatus> statuses = filter.Statuses is { Count: > 0 } named ? named : _finishedStatuses;
        lock (_gate)
        {
            List<string> purged = [.. _instances.Values
                .Select(s => s.Record)
                .Where(r => statuses.Contains(r.Status))
                .Where(r => filter.CreatedFrom is null || r.CreatedAt >= filter.CreatedFrom)
                .Where(r => filter.CreatedTo is null || r.CreatedAt <= filter.CreatedTo)
                .Select(r => r.InstanceId)];
            foreach (string instanceId in purged)
            {
                RemoveActivitiesOf(instanceId);
                _instances.Remove(instanceId);
            }

            return Task.FromResult(purged.Count);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OrchestrationWorkItem>> LockNextOrchestrationsAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            DateTime now = Now;
            List<(InstanceState State, long FirstSequence)> ready = [];
            foreach (InstanceState state in _instances.Values)
            {
                if ((state.LockToken is not null && state.LockedUntil > now) || state.NotBefore > now)
                {
                    continue;
                }

                StoredMessage? first = state.Inbox.FirstOrDefault(m => IsEligible(state.Record, m.Message, now));
                if (first is not null)
                {
                    ready.Add((state, first.Sequence));
                }
            }

            List<OrchestrationWorkItem> workItems = [];
            foreach ((InstanceState state, _) in ready.OrderBy(r => r.FirstSequence).Take(maxCount))
            {
                if (state.Record.IsFinished)
                {
                    state.Inbox.RemoveAll(m => !IsEligible(state.Record, m.Message, DateTime.MaxValue));
                }

                state.LockToken = Guid.NewGuid().ToString("N");
                state.LockedUntil = now + lockDuration;
                state.DequeueCount++;
                List<TaskMessage> visible = [.. state.Inbox.Where(m => IsVisible(m.Message, now)).Select(m => m.Message)];
                workItems.Add(new OrchestrationWorkItem(state.Record, [.. state.History], visible, state.LockToken, state.LockedUntil, state.DequeueCount));
            }

            return Task.FromResult<IReadOnlyList<OrchestrationWorkItem>>(workItems);
        }
    }

    /// <inheritdoc />
    public Task<DateTime> RenewOrchestrationLockAsync(OrchestrationWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        lock (_gate)
        {
            InstanceState state = LockedInstance(workItem);
            state.LockedUntil = Now + lockDuration;
            return Task.FromResult(state.LockedUntil);
        }
    }

    /// <inheritdoc />
    public Task CompleteOrchestrationAsync(OrchestrationWorkItem workItem, OrchestrationStepResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            InstanceState state = LockedInstance(workItem);
            DateTime now = Now;
            state.Record = result.Instance;
            if (result.ReplacesHistory)
            {
                state.History.Clear();
            }

            state.History.AddRange(result.NewEvents);
            HashSet<string> consumed = [.. result.ConsumedMessageIds];
            state.Inbox.RemoveAll(m => consumed.Contains(m.Message.MessageId));
            foreach (ActivityTask task in result.ActivityTasks)
            {
                _activities.TryAdd(task.TaskId, new ActivityState(task, ++_sequence));
            }

            foreach (TaskMessage message in result.OutboundMessages)
            {
                Deliver(message, now);
            }

            if (state.Record.IsFinished)
            {
                state.Inbox.RemoveAll(m => !IsEligible(state.Record, m.Message, DateTime.MaxValue));
            }

            state.LockToken = null;
            state.DequeueCount = 0;
            state.NotBefore = DateTime.MinValue;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AbandonOrchestrationAsync(OrchestrationWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        lock (_gate)
        {
            if (_instances.TryGetValue(workItem.Instance.InstanceId, out InstanceState? state) && state.LockToken == workItem.LockToken)
            {
                state.LockToken = null;
                state.NotBefore = Now + delay;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            DateTime now = Now;
            List<ActivityWorkItem> workItems = [];
            foreach (ActivityState state in _activities.Values
                .Where(a => (a.LockToken is null || a.LockedUntil <= now) && a.VisibleAt <= now)
                .OrderBy(a => a.Sequence)
                .Take(maxCount))
            {
                state.LockToken = Guid.NewGuid().ToString("N");
                state.LockedUntil = now + lockDuration;
                state.DequeueCount++;
                workItems.Add(new ActivityWorkItem(state.Task, state.LockToken, state.LockedUntil, state.DequeueCount));
            }

            return Task.FromResult<IReadOnlyList<ActivityWorkItem>>(workItems);
        }
    }

    /// <inheritdoc />
    public Task<DateTime> RenewActivityLockAsync(ActivityWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        lock (_gate)
        {
            ActivityState state = LockedActivity(workItem);
            state.LockedUntil = Now + lockDuration;
            return Task.FromResult(state.LockedUntil);
        }
    }

    /// <inheritdoc />
    public Task CompleteActivityAsync(ActivityWorkItem workItem, TaskMessage result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            LockedActivity(workItem);
            _activities.Remove(workItem.Task.TaskId);
            Deliver(result, Now);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AbandonActivityAsync(ActivityWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        lock (_gate)
        {
            if (_activities.TryGetValue(workItem.Task.TaskId, out ActivityState? state) && state.LockToken == workItem.LockToken)
            {
                state.LockToken = null;
                state.VisibleAt = Now + delay;
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsVisible(TaskMessage message, DateTime now) => message.VisibleAt is null || message.VisibleAt <= now;

    /// <summary>Whether a message makes the instance worth handing out (the suspended and finished rules).</summary>
    private static bool IsEligible(InstanceRecord record, TaskMessage message, DateTime now)
    {
        if (!IsVisible(message, now))
        {
            return false;
        }

        if (record.Status == OrchestrationRuntimeStatus.Suspended)
        {
            return message.Event is ExecutionResumedEvent or ExecutionTerminatedEvent;
        }

        return !record.IsFinished || message.Event is ExecutionStartedEvent or ExecutionRewoundEvent;
    }

    private static (DateTime CreatedAt, string InstanceId)? ParseToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        int separator = token.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || !long.TryParse(token.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out long ticks))
        {
            throw new ArgumentException($"'{token}' is not a continuation token of this store.", nameof(token));
        }

        return (new DateTime(ticks, DateTimeKind.Utc), token[(separator + 1)..]);
    }

    private void Deliver(TaskMessage message, DateTime now)
    {
        if (!_instances.TryGetValue(message.TargetInstanceId, out InstanceState? state))
        {
            if (message.Event is not ExecutionStartedEvent start)
            {
                return;
            }

            state = new InstanceState(new InstanceRecord(
                message.TargetInstanceId, start.Name, start.ExecutionId, OrchestrationRuntimeStatus.Pending, now, now,
                start.Input, Parent: start.Parent, ScheduledStartAt: message.VisibleAt ?? start.ScheduledStartTime));
            _instances.Add(message.TargetInstanceId, state);
        }

        if (state.Record.IsFinished && !IsEligible(state.Record, message, DateTime.MaxValue))
        {
            return;
        }

        if (state.Inbox.Exists(m => m.Message.MessageId == message.MessageId))
        {
            return;
        }

        state.Inbox.Add(new StoredMessage(message, ++_sequence));
    }

    private InstanceState LockedInstance(OrchestrationWorkItem workItem)
        => _instances.TryGetValue(workItem.Instance.InstanceId, out InstanceState? state) && state.LockToken == workItem.LockToken
            ? state
            : throw new LeaseLostException(workItem.Instance.InstanceId);

    private ActivityState LockedActivity(ActivityWorkItem workItem)
        => _activities.TryGetValue(workItem.Task.TaskId, out ActivityState? state) && state.LockToken == workItem.LockToken
            ? state
            : throw new LeaseLostException(workItem.Task.TaskId);

    private void RemoveActivitiesOf(string instanceId)
    {
        foreach (string taskId in _activities.Values.Where(a => a.Task.InstanceId == instanceId).Select(a => a.Task.TaskId).ToList())
        {
            _activities.Remove(taskId);
        }
    }

    private sealed record StoredMessage(TaskMessage Message, long Sequence);

    private sealed class InstanceState(InstanceRecord record)
    {
        public InstanceRecord Record { get; set; } = record;

        public List<HistoryEvent> History { get; } = [];

        public List<StoredMessage> Inbox { get; } = [];

        public string? LockToken { get; set; }

        public DateTime LockedUntil { get; set; }

        public int DequeueCount { get; set; }

        public DateTime NotBefore { get; set; } = DateTime.MinValue;
    }

    private sealed class ActivityState(ActivityTask task, long sequence)
    {
        public ActivityTask Task { get; } = task;

        public long Sequence { get; } = sequence;

        public string? LockToken { get; set; }

        public DateTime LockedUntil { get; set; }

        public int DequeueCount { get; set; }

        public DateTime VisibleAt { get; set; } = DateTime.MinValue;
    }
}
