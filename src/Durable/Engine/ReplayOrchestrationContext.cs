using System.Globalization;
using System.Text.Json;
using MentorFlow.Durable.History;
using Microsoft.Extensions.Logging;

namespace MentorFlow.Durable.Engine;

/// <summary>
/// The orchestration context of one step. The step replays the history through <see cref="Apply"/>: actions the code
/// schedules are matched against the history's records of them by sequence number (a mismatch is non-determinism),
/// results in the history complete the tasks the code awaits, and what the code schedules beyond the history becomes
/// the step's new actions (<see cref="NewActions"/>).
/// </summary>
internal sealed class ReplayOrchestrationContext(
    string name,
    string instanceId,
    ITaskOrchestrator orchestrator,
    ILoggerFactory loggerFactory,
    OrchestrationSynchronizationContext synchronizationContext) : TaskOrchestrationContext
{
    private readonly SortedDictionary<int, OrchestrationAction> _unconfirmed = [];
    private readonly Dictionary<int, OpenTask> _open = [];
    private readonly Dictionary<string, LinkedList<TaskCompletionSource<string?>>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, string? Input)> _bufferedEvents = [];
    private int _nextSequence;
    private int _guidCounter;
    private string? _input;
    private bool _isReplaying;
    private DateTime _currentUtcDateTime;

    public override string Name => name;

    public override string InstanceId => instanceId;

    public override DateTime CurrentUtcDateTime => _currentUtcDateTime;

    public override bool IsReplaying => _isReplaying;

    protected override ILoggerFactory LoggerFactory => loggerFactory;

    /// <summary>The orchestrator's own task, once its execution started.</summary>
    public Task<object?>? OrchestratorTask { get; private set; }

    /// <summary>True once the orchestrator code has returned or thrown.</summary>
    public bool HasReturned => OrchestratorTask?.IsCompleted == true;

    /// <summary>The input and carry-over choice of a ContinueAsNew call, if the code made one.</summary>
    public (string? Input, bool PreserveUnprocessedEvents)? ContinueAsNewRequest { get; private set; }

    /// <summary>The last custom status the code set, serialized.</summary>
    public string? CustomStatus { get; private set; }

    /// <summary>Actions the code scheduled that the history does not record yet, in sequence order.</summary>
    public IReadOnlyCollection<OrchestrationAction> NewActions => _unconfirmed.Values;

    /// <summary>Events that arrived but that no one has waited for yet, oldest first.</summary>
    public IReadOnlyList<(string Name, string? Input)> UnprocessedEvents => _bufferedEvents;

    public void SetReplaying(bool isReplaying) => _isReplaying = isReplaying;

    /// <summary>Applies one history event and runs the code as far as it can go.</summary>
    /// <exception cref="NonDeterministicOrchestrationException">The code does not match the history.</exception>
    public void Apply(HistoryEvent historyEvent)
    {
        switch (historyEvent)
        {
            case OrchestratorStartedEvent started:
                _currentUtcDateTime = started.Timestamp;
                break;
            case ExecutionStartedEvent started:
                Start(started);
                break;
            case OrchestratorCompletedEvent completed when _unconfirmed.Count > 0:
                OrchestrationAction extra = _unconfirmed.Values.First();
                throw new NonDeterministicOrchestrationException(
                    $"Non-deterministic orchestrator '{name}' (instance '{instanceId}'): the step that ended at {completed.Timestamp:O} " +
                    $"recorded nothing at sequence number {extra.Sequence}, but the code now schedules {extra.Describe()} there.");
            case TaskScheduledEvent scheduled:
                Confirm(scheduled.EventId, ActionKind.Activity, scheduled.Name, $"activity '{scheduled.Name}'");
                break;
            case TimerCreatedEvent timer:
                Confirm(timer.EventId, ActionKind.Timer, null, $"a timer firing at {timer.FireAt:O}");
                break;
            case EventSentEvent sent:
                Confirm(sent.EventId, ActionKind.SendEvent, sent.Name, $"event '{sent.Name}' sent to '{sent.InstanceId}'");
                break;
            case SubOrchestrationInstanceCreatedEvent created:
                Confirm(created.EventId, ActionKind.SubOrchestration, created.Name, $"sub-orchestration '{created.Name}'");
                break;
            case TaskCompletedEvent completed:
                Complete(completed.TaskScheduledId, completed.Result);
                break;
            case TaskFailedEvent failed:
                Fail(failed.TaskScheduledId, failed.Failure);
                break;
            case TimerFiredEvent fired:
                Complete(fired.TimerId, null);
                break;
            case SubOrchestrationInstanceCompletedEvent completed:
                Complete(completed.TaskScheduledId, completed.Result);
                break;
            case SubOrchestrationInstanceFailedEvent failed:
                Fail(failed.TaskScheduledId, failed.Failure);
                break;
            case EventRaisedEvent raised:
                Raise(raised.Name, raised.Input);
                break;
            default:
                break;
        }

        synchronizationContext.Drain();
    }

    /// <summary>True when a result event refers to a task that is scheduled, recorded and not yet finished (false for duplicates).</summary>
    public bool Awaits(HistoryEvent result) => result switch
    {
        TaskCompletedEvent e => IsOpen(e.TaskScheduledId, ActionKind.Activity),
        TaskFailedEvent e => IsOpen(e.TaskScheduledId, ActionKind.Activity),
        TimerFiredEvent e => IsOpen(e.TimerId, ActionKind.Timer),
        SubOrchestrationInstanceCompletedEvent e => IsOpen(e.TaskScheduledId, ActionKind.SubOrchestration),
        SubOrchestrationInstanceFailedEvent e => IsOpen(e.TaskScheduledId, ActionKind.SubOrchestration),
        _ => true,
    };

    public override T? GetInput<T>() where T : default => DurableJson.Deserialize<T>(_input);

    public override async Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        string? serializedInput = DurableJson.Serialize(input);
        string? result = await WithRetry(options?.Retry, () => Schedule(new OrchestrationAction(_nextSequence++, ActionKind.Activity, name, serializedInput)));
        return DurableJson.Deserialize<TResult>(result)!;
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        DateTime utc = fireAt.Kind switch
        {
            DateTimeKind.Local => fireAt.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(fireAt, DateTimeKind.Utc),
            _ => fireAt,
        };
        int sequence = _nextSequence++;
        Task<string?> timer = Schedule(new OrchestrationAction(sequence, ActionKind.Timer, FireAt: utc));
        if (cancellationToken.CanBeCanceled)
        {
            TaskCompletionSource<string?> completion = _open[sequence].Completion;
            cancellationToken.Register(() => completion.TrySetCanceled(cancellationToken));
        }

        return timer;
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        int buffered = _bufferedEvents.FindIndex(e => string.Equals(e.Name, eventName, StringComparison.OrdinalIgnoreCase));
        if (buffered >= 0)
        {
            string? payload = _bufferedEvents[buffered].Input;
            _bufferedEvents.RemoveAt(buffered);
            return Task.FromResult(DurableJson.Deserialize<T>(payload)!);
        }

        var completion = new TaskCompletionSource<string?>();
        if (!_waiters.TryGetValue(eventName, out LinkedList<TaskCompletionSource<string?>>? waiters))
        {
            waiters = [];
            _waiters.Add(eventName, waiters);
        }

        LinkedListNode<TaskCompletionSource<string?>> node = waiters.AddLast(completion);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    waiters.Remove(node);
                }

                completion.TrySetCanceled(cancellationToken);
            });
        }

        return ReadAs<T>(completion.Task);
    }

    public override async Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        string? serializedInput = DurableJson.Serialize(input);
        string? childInstanceId = (options as SubOrchestrationOptions)?.InstanceId;
        string? result = await WithRetry(options?.Retry, () =>
        {
            int sequence = _nextSequence++;
            string target = childInstanceId ?? $"{instanceId}:{sequence.ToString(CultureInfo.InvariantCulture)}";
            return Schedule(new OrchestrationAction(sequence, ActionKind.SubOrchestration, orchestratorName, serializedInput, TargetInstanceId: target));
        });
        return DurableJson.Deserialize<TResult>(result)!;
    }

    public override void SendEvent(string instanceId, string eventName, object? payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        int sequence = _nextSequence++;
        _unconfirmed.Add(sequence, new OrchestrationAction(sequence, ActionKind.SendEvent, eventName, DurableJson.Serialize(payload), TargetInstanceId: instanceId));
    }

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
        => ContinueAsNewRequest = (DurableJson.Serialize(newInput), preserveUnprocessedEvents);

    public override void SetCustomStatus(object? customStatus) => CustomStatus = DurableJson.Serialize(customStatus);

    public override Guid NewGuid()
    {
        string name = string.Concat(
            instanceId, "_",
            _currentUtcDateTime.ToString("o", CultureInfo.InvariantCulture), "_",
            _guidCounter++.ToString(CultureInfo.InvariantCulture));
        return DeterministicGuid.Create(name);
    }

    private static async Task<T> ReadAs<T>(Task<string?> payload) => DurableJson.Deserialize<T>(await payload)!;

    private void Start(ExecutionStartedEvent started)
    {
        _input = started.Input;
        try
        {
            object? input = started.Input is null ? null : JsonSerializer.Deserialize(started.Input, orchestrator.InputType, DurableJson.Options);
            OrchestratorTask = orchestrator.RunAsync(this, input);
        }
#pragma warning disable CA1031 // whatever the code throws before its first await is the orchestration's failure
        catch (Exception exception)
#pragma warning restore CA1031
        {
            OrchestratorTask = Task.FromException<object?>(exception);
        }
    }

    // Completion sources run their continuations inline (no RunContinuationsAsynchronously): that keeps every
    // continuation, including those of Task.WhenAll and Task.WhenAny, on the replaying thread and inside this step.
    private Task<string?> Schedule(OrchestrationAction action)
    {
        _unconfirmed.Add(action.Sequence, action);
        var completion = new TaskCompletionSource<string?>();
        _open.Add(action.Sequence, new OpenTask(action.Kind, action.Name, completion));
        return completion.Task;
    }

    private void Confirm(int sequence, ActionKind kind, string? recordedName, string recorded)
    {
        if (!_unconfirmed.Remove(sequence, out OrchestrationAction? action))
        {
            string instead = _unconfirmed.Count > 0 ? $" (it scheduled {_unconfirmed.Values.First().Describe()} at sequence number {_unconfirmed.Keys.First()})" : string.Empty;
            throw new NonDeterministicOrchestrationException(
                $"Non-deterministic orchestrator '{name}' (instance '{instanceId}'): at sequence number {sequence} the history has {recorded}, " +
                $"but the code did not schedule it{instead}.");
        }

        if (action.Kind != kind || !string.Equals(action.Name, recordedName, StringComparison.Ordinal))
        {
            throw new NonDeterministicOrchestrationException(
                $"Non-deterministic orchestrator '{name}' (instance '{instanceId}'): at sequence number {sequence} the history has {recorded}, " +
                $"but the code scheduled {action.Describe()}.");
        }
    }

    private bool IsOpen(int sequence, ActionKind kind)
        => _open.TryGetValue(sequence, out OpenTask? task) && task.Kind == kind && !_unconfirmed.ContainsKey(sequence);

    private void Complete(int sequence, string? result)
    {
        if (_open.Remove(sequence, out OpenTask? task))
        {
            task.Completion.TrySetResult(result);
        }
    }

    private void Fail(int sequence, FailureDetails failure)
    {
        if (_open.Remove(sequence, out OpenTask? task))
        {
            task.Completion.TrySetException(new TaskFailedException(task.Name ?? "timer", sequence, failure));
        }
    }

    private void Raise(string eventName, string? input)
    {
        if (_waiters.TryGetValue(eventName, out LinkedList<TaskCompletionSource<string?>>? waiters) && waiters.First is { } first)
        {
            waiters.RemoveFirst();
            first.Value.TrySetResult(input);
            return;
        }

        _bufferedEvents.Add((eventName, input));
    }

    private async Task<string?> WithRetry(RetryPolicy? policy, Func<Task<string?>> attempt)
    {
        if (policy is null)
        {
            return await attempt();
        }

        DateTime firstAttemptAt = _currentUtcDateTime;
        for (int attemptNumber = 1; ; attemptNumber++)
        {
            TimeSpan? delay;
            try
            {
                return await attempt();
            }
            catch (TaskFailedException failed)
            {
                delay = policy.GetNextDelay(attemptNumber, failed.FailureDetails, _currentUtcDateTime - firstAttemptAt);
                if (delay is null)
                {
                    throw;
                }
            }

            await CreateTimer(_currentUtcDateTime.Add(delay.Value), CancellationToken.None);
        }
    }

    private sealed record OpenTask(ActionKind Kind, string? Name, TaskCompletionSource<string?> Completion);
}
