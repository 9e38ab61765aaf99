using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Durable.Engine;

/// <summary>
/// Computes one orchestration step from a locked work item: which inbox messages it consumes, the history events it
/// appends, the instance's new state, and the activity tasks and messages it produces. It is a pure function of the
/// work item, the registered code and the step's time, so a step computed again after a crash produces the same
/// result with the same ids.
/// </summary>
/// <remarks>
/// History layout of a step: OrchestratorStarted, the events it received (start, results, raised events, suspend and
/// resume), the actions the code scheduled, the end of the execution if it ended, OrchestratorCompleted. Replay applies
/// the events in that order, so the code sees them in the order it first saw them.
/// </remarks>
internal sealed class OrchestrationStep
{
    private readonly OrchestrationWorkItem _item;
    private readonly DateTime _now;
    private readonly OrchestrationExecutor _executor;
    private readonly List<HistoryEvent> _newEvents = [];
    private readonly List<string> _consumed = [];
    private readonly List<ActivityTask> _tasks = [];
    private readonly List<TaskMessage> _outbound = [];
    private InstanceRecord _instance;
    private IReadOnlyList<HistoryEvent> _past;
    private bool _replacesHistory;
    private int _rewinds;

    public OrchestrationStep(OrchestrationExecutor executor, OrchestrationWorkItem item, DateTime now)
    {
        _executor = executor;
        _item = item;
        _now = now;
        _instance = item.Instance;
        _past = item.History;
        _rewinds = item.History.Count(e => e is ExecutionRewoundEvent);
        _newEvents.Add(new OrchestratorStartedEvent(-1, now));
    }

    private string InstanceId => _instance.InstanceId;

    private string ExecutionId => _instance.ExecutionId;

    public OrchestrationStepResult Run()
    {
        // A start goes first so that events carried over by ContinueAsNew meet the new execution.
        List<TaskMessage> messages = [.. _item.NewMessages.OrderBy(m => m.Event is ExecutionStartedEvent ? 0 : 1)];
        if (_item.DequeueCount > _executor.MaxDequeueCount)
        {
            Consume(messages);
            return Fail(new PoisonedWorkItemException(
                $"The orchestration work item of instance '{InstanceId}' was taken {_item.DequeueCount} times without completing " +
                $"(more than MaxDequeueCount {_executor.MaxDequeueCount}), so it was poisoned and is no longer run."));
        }

        bool hasStarted = _item.History.Any(e => e is ExecutionStartedEvent);
        bool canStart = !hasStarted || _instance.IsFinished || _instance.Status == OrchestrationRuntimeStatus.ContinuedAsNew;
        ExecutionStartedEvent? start = null;
        foreach (TaskMessage message in messages.Where(m => m.Event is ExecutionStartedEvent))
        {
            _consumed.Add(message.MessageId);
            var started = (ExecutionStartedEvent)message.Event;

            // A start of the execution that already ran (delivered again by an outbox after a crash) is a duplicate.
            bool isDuplicate = hasStarted && started.ExecutionId == ExecutionId;
            if (start is null && canStart && !isDuplicate)
            {
                start = started;
            }
            else
            {
                RefuseStart(started);
            }
        }

        string executionId = start?.ExecutionId ?? ExecutionId;
        List<TaskMessage> rest = [];
        foreach (TaskMessage message in messages.Where(m => m.Event is not ExecutionStartedEvent))
        {
            // Results of an execution that is no longer current (before ContinueAsNew or a restart) are dropped.
            if (message.TargetExecutionId is not null && message.TargetExecutionId != executionId)
            {
                _consumed.Add(message.MessageId);
            }
            else
            {
                rest.Add(message);
            }
        }

        if (start is not null)
        {
            BeginExecution(start, hasStarted);
            return Continue(rest);
        }

        if (_instance.IsFinished)
        {
            return ActOnFinished(rest);
        }

        return hasStarted ? Continue(rest) : ActBeforeStart(rest);
    }

    private void BeginExecution(ExecutionStartedEvent start, bool replacesExecution)
    {
        if (replacesExecution)
        {
            _past = [];
            _replacesHistory = true;
            _rewinds = 0;
        }

        // A suspension that arrived before a scheduled start holds the code back until the instance is resumed.
        bool suspendedBeforeStart = !replacesExecution && _instance.Status == OrchestrationRuntimeStatus.Suspended;
        _instance = _instance with
        {
            Name = start.Name,
            ExecutionId = start.ExecutionId,
            Input = start.Input,
            Parent = start.Parent,
            Status = suspendedBeforeStart ? OrchestrationRuntimeStatus.Suspended : OrchestrationRuntimeStatus.Running,
            Output = null,
            Failure = null,
            CustomStatus = null,
            ScheduledStartAt = start.ScheduledStartTime,
        };
        _newEvents.Add(start);
    }

    /// <summary>
    /// A finished instance acts only on a rewind: a Failed one rewinds; another one with a parent sends its result to
    /// the parent again, because a rewound parent asks its unfinished children and this one's first answer may have
    /// reached the parent while it was failed, and been dropped. Anything else sent to it is dropped.
    /// </summary>
    private OrchestrationStepResult ActOnFinished(List<TaskMessage> messages)
    {
        Consume(messages);
        TaskMessage? rewind = messages.FirstOrDefault(m => m.Event is ExecutionRewoundEvent);
        if (rewind is null)
        {
            return Commit();
        }

        if (_instance.Status == OrchestrationRuntimeStatus.Failed)
        {
            return Rewind((ExecutionRewoundEvent)rewind.Event);
        }

        if (_instance.Parent is { } parent)
        {
            HistoryEvent result = _instance.Failure is { } failure
                ? new SubOrchestrationInstanceFailedEvent(-1, _now, parent.TaskScheduledId, failure)
                : new SubOrchestrationInstanceCompletedEvent(-1, _now, parent.TaskScheduledId, _instance.Output);
            _outbound.Add(new TaskMessage(MessageIds.CompletionResent(rewind.MessageId), parent.InstanceId, parent.ExecutionId, result));
        }

        return Commit();
    }

    /// <summary>
    /// Before its start is visible (a scheduled start), an instance can be terminated, suspended and resumed, and
    /// events raised to it are kept in its history ahead of the start, where the orchestrator will find them once it
    /// waits for them. A suspension is kept there too, so the start, when its time comes, does not run the code.
    /// </summary>
    private OrchestrationStepResult ActBeforeStart(List<TaskMessage> messages)
    {
        Consume(messages);
        if (messages.FirstOrDefault(m => m.Event is ExecutionTerminatedEvent) is { Event: ExecutionTerminatedEvent terminated })
        {
            return Terminate(terminated.Reason);
        }

        foreach (HistoryEvent received in messages.Select(m => m.Event))
        {
            switch (received)
            {
                case EventRaisedEvent:
                    _newEvents.Add(received);
                    break;
                case ExecutionSuspendedEvent when _instance.Status != OrchestrationRuntimeStatus.Suspended:
                    _newEvents.Add(received);
                    _instance = _instance with { Status = OrchestrationRuntimeStatus.Suspended };
                    break;
                case ExecutionResumedEvent when _instance.Status == OrchestrationRuntimeStatus.Suspended:
                    _newEvents.Add(received);
                    _instance = _instance with { Status = OrchestrationRuntimeStatus.Pending };
                    break;
            }
        }

        return Commit();
    }

    private OrchestrationStepResult Continue(List<TaskMessage> messages)
    {
        if (messages.FirstOrDefault(m => m.Event is ExecutionTerminatedEvent) is { Event: ExecutionTerminatedEvent terminated })
        {
            Consume(messages);
            return Terminate(terminated.Reason);
        }

        // Suspend and resume act at once; while suspended, other messages stay in the inbox, untouched.
        OrchestrationRuntimeStatus status = _instance.Status;
        bool wasResumed = false;
        List<TaskMessage> toApply = [];
        List<TaskMessage> deferred = [];
        foreach (TaskMessage message in messages)
        {
            switch (message.Event)
            {
                case ExecutionSuspendedEvent suspended:
                    _consumed.Add(message.MessageId);
                    if (status != OrchestrationRuntimeStatus.Suspended)
                    {
                        status = OrchestrationRuntimeStatus.Suspended;
                        _newEvents.Add(suspended);
                    }

                    break;
                case ExecutionResumedEvent resumed:
                    _consumed.Add(message.MessageId);
                    if (status == OrchestrationRuntimeStatus.Suspended)
                    {
                        status = OrchestrationRuntimeStatus.Running;
                        wasResumed = true;
                        _newEvents.Add(resumed);
                        toApply.AddRange(deferred);
                        deferred.Clear();
                    }

                    break;
                case ExecutionRewoundEvent:
                    _consumed.Add(message.MessageId);
                    break;
                default:
                    (status == OrchestrationRuntimeStatus.Suspended ? deferred : toApply).Add(message);
                    break;
            }
        }

        _instance = _instance with { Status = status };
        bool starting = _newEvents.Any(e => e is ExecutionStartedEvent);

        // The code runs when something reached it, when it starts, and on a resume (which may be the first time it
        // runs at all, after a start that came while the instance was suspended); never while suspended.
        return status == OrchestrationRuntimeStatus.Suspended || (toApply.Count == 0 && !starting && !wasResumed)
            ? Commit()
            : Replay([.. toApply.Select(m => (m.Event, (string?)m.MessageId))]);
    }

    private OrchestrationStepResult Replay(IReadOnlyList<(HistoryEvent Event, string? MessageId)> received)
    {
        Type? orchestratorType = _executor.Registry.FindOrchestrator(_instance.Name);
        if (orchestratorType is null)
        {
            Consume(received);
            return Fail(new TaskNotRegisteredException($"No orchestrator named '{_instance.Name}' is registered with this worker."));
        }

        using IServiceScope scope = _executor.Services.CreateScope();
        var orchestrator = (ITaskOrchestrator)ActivatorUtilities.CreateInstance(scope.ServiceProvider, orchestratorType);
        var synchronizationContext = new OrchestrationSynchronizationContext();
        var context = new ReplayOrchestrationContext(_instance.Name, InstanceId, orchestrator, _executor.LoggerFactory, synchronizationContext);
        List<HistoryEvent> leftovers = [];
        using (synchronizationContext.Enter())
        {
            try
            {
                context.SetReplaying(true);
                foreach (HistoryEvent pastEvent in _past)
                {
                    context.Apply(pastEvent);
                }

                context.SetReplaying(false);
                foreach (HistoryEvent newEvent in _newEvents.ToList())
                {
                    context.Apply(newEvent);
                }

                foreach ((HistoryEvent receivedEvent, string? messageId) in received)
                {
                    if (messageId is not null)
                    {
                        _consumed.Add(messageId);
                    }

                    if (context.HasReturned)
                    {
                        leftovers.Add(receivedEvent);
                    }
                    else if (context.Awaits(receivedEvent))
                    {
                        _newEvents.Add(receivedEvent);
                        context.Apply(receivedEvent);
                    }
                }
            }
            catch (NonDeterministicOrchestrationException exception)
            {
                return Fail(exception);
            }
        }

        _instance = _instance with { CustomStatus = context.CustomStatus };
        if (!context.HasReturned)
        {
            Emit(context.NewActions, includeTasksAndTimers: true);
            return Commit();
        }

        Task<object?> orchestratorTask = context.OrchestratorTask!;
        if (!orchestratorTask.IsCompletedSuccessfully)
        {
            Exception failure = orchestratorTask.Exception?.InnerException ?? new TaskCanceledException(orchestratorTask);
            return Fail(failure);
        }

        if (context.ContinueAsNewRequest is { } request)
        {
            return ContinueAsNew(context, request.Input, request.PreserveUnprocessedEvents, leftovers);
        }

        Emit(context.NewActions, includeTasksAndTimers: true);
        return Finish(OrchestrationRuntimeStatus.Completed, DurableJson.Serialize(orchestratorTask.Result), null);
    }

    private void Emit(IEnumerable<OrchestrationAction> actions, bool includeTasksAndTimers)
    {
        foreach (OrchestrationAction action in actions)
        {
            int sequence = action.Sequence;
            switch (action.Kind)
            {
                case ActionKind.Activity:
                    _newEvents.Add(new TaskScheduledEvent(sequence, _now, action.Name!, action.Input));
                    if (includeTasksAndTimers)
                    {
                        _tasks.Add(NewActivityTask(sequence, action.Name!, action.Input));
                    }

                    break;
                case ActionKind.Timer:
                    _newEvents.Add(new TimerCreatedEvent(sequence, _now, action.FireAt));
                    if (includeTasksAndTimers)
                    {
                        _outbound.Add(TimerMessage(sequence, action.FireAt));
                    }

                    break;
                case ActionKind.SendEvent:
                    _newEvents.Add(new EventSentEvent(sequence, _now, action.TargetInstanceId!, action.Name!, action.Input));
                    _outbound.Add(new TaskMessage(
                        MessageIds.EventSent(InstanceId, ExecutionId, sequence, _rewinds),
                        action.TargetInstanceId!,
                        null,
                        new EventRaisedEvent(-1, _now, action.Name!, action.Input)));
                    break;
                case ActionKind.SubOrchestration:
                    _newEvents.Add(new SubOrchestrationInstanceCreatedEvent(sequence, _now, action.Name!, action.TargetInstanceId!, action.Input));
                    string messageId = MessageIds.SubOrchestrationStart(InstanceId, ExecutionId, sequence, _rewinds);
                    string childExecutionId = DeterministicGuid.Create(messageId).ToString("N");
                    var parent = new ParentInstance(InstanceId, ExecutionId, sequence, _instance.Name);
                    _outbound.Add(new TaskMessage(
                        messageId,
                        action.TargetInstanceId!,
                        childExecutionId,
                        new ExecutionStartedEvent(-1, _now, action.Name!, childExecutionId, action.Input, parent)));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown action kind {action.Kind}.");
            }
        }
    }

    private ActivityTask NewActivityTask(int sequence, string name, string? input)
        => new(MessageIds.ActivityTask(InstanceId, ExecutionId, sequence, _rewinds), InstanceId, ExecutionId, sequence, name, input);

    private TaskMessage TimerMessage(int sequence, DateTime fireAt)
        => new(MessageIds.Timer(InstanceId, ExecutionId, sequence, _rewinds), InstanceId, ExecutionId, new TimerFiredEvent(-1, fireAt, sequence, fireAt), fireAt);

    private OrchestrationStepResult ContinueAsNew(
        ReplayOrchestrationContext context, string? newInput, bool preserveUnprocessedEvents, List<HistoryEvent> leftovers)
    {
        // Sends and sub-orchestration starts leave; activities and timers of the ending execution would only be dropped.
        Emit(context.NewActions, includeTasksAndTimers: false);
        string newExecutionId = DeterministicGuid.Create($"{InstanceId}:{ExecutionId}:continue-as-new").ToString("N");
        _outbound.Add(new TaskMessage(
            MessageIds.ContinueAsNewStart(InstanceId, newExecutionId),
            InstanceId,
            newExecutionId,
            new ExecutionStartedEvent(-1, _now, _instance.Name, newExecutionId, newInput, _instance.Parent)));
        if (preserveUnprocessedEvents)
        {
            IEnumerable<(string Name, string? Input)> carried = context.UnprocessedEvents
                .Concat(leftovers.OfType<EventRaisedEvent>().Select(e => (e.Name, e.Input)));
            int index = 0;
            foreach ((string name, string? input) in carried)
            {
                _outbound.Add(new TaskMessage(
                    MessageIds.CarriedEvent(InstanceId, newExecutionId, index++),
                    InstanceId,
                    newExecutionId,
                    new EventRaisedEvent(-1, _now, name, input)));
            }
        }

        _instance = _instance with
        {
            Status = OrchestrationRuntimeStatus.ContinuedAsNew,
            ExecutionId = newExecutionId,
            Input = newInput,
            Output = null,
            Failure = null,
            LastUpdatedAt = _now,
        };

        // The ended execution's history is dropped, which keeps an eternal orchestration's history bounded.
        return new OrchestrationStepResult(_instance, [], true, _consumed, [], _outbound);
    }

    /// <summary>
    /// Rewinds a Failed instance. The history is cut just before its first failure (or its end when the code itself
    /// threw); results that arrived after the cut for tasks scheduled before it are received again; failed activities
    /// run again, failed sub-orchestrations are rewound in turn, and what the code scheduled after the cut it schedules
    /// again as it replays.
    /// </summary>
    private OrchestrationStepResult Rewind(ExecutionRewoundEvent rewound)
    {
        IReadOnlyList<HistoryEvent> history = _item.History;
        int cut = IndexOf(history, e => e is TaskFailedEvent or SubOrchestrationInstanceFailedEvent);
        if (cut < 0)
        {
            cut = IndexOf(history, e => e is ExecutionCompletedEvent);
        }

        if (cut < 0)
        {
            cut = history.Count;
        }

        List<HistoryEvent> kept = [.. history.Take(cut)];
        Dictionary<int, HistoryEvent> scheduledBeforeCut = kept
            .Where(e => e is TaskScheduledEvent or TimerCreatedEvent or SubOrchestrationInstanceCreatedEvent)
            .ToDictionary(e => e.EventId);
        HashSet<int> resolved = [.. kept.Select(ResultFor).OfType<int>()];
        _rewinds = kept.Count(e => e is ExecutionRewoundEvent) + 1;

        List<(HistoryEvent, string?)> receivedAgain = [];
        foreach (HistoryEvent later in history.Skip(cut))
        {
            switch (later)
            {
                case TaskFailedEvent failed when scheduledBeforeCut.GetValueOrDefault(failed.TaskScheduledId) is TaskScheduledEvent scheduled:
                    _tasks.Add(NewActivityTask(scheduled.EventId, scheduled.Name, scheduled.Input));
                    resolved.Add(scheduled.EventId);
                    break;
                case SubOrchestrationInstanceFailedEvent failed
                    when scheduledBeforeCut.GetValueOrDefault(failed.TaskScheduledId) is SubOrchestrationInstanceCreatedEvent created:
                    _outbound.Add(new TaskMessage(
                        MessageIds.SubOrchestrationRewind(InstanceId, ExecutionId, created.EventId, _rewinds),
                        created.InstanceId,
                        null,
                        new ExecutionRewoundEvent(-1, _now, rewound.Reason)));
                    resolved.Add(created.EventId);
                    break;
                case EventRaisedEvent:
                    receivedAgain.Add((later, null));
                    break;
                default:
                    if (ResultFor(later) is int sequence && scheduledBeforeCut.ContainsKey(sequence))
                    {
                        receivedAgain.Add((later, null));
                        resolved.Add(sequence);
                    }

                    break;
            }
        }

        // Tasks scheduled before the cut whose results never came: their results went to the failed instance and
        // were dropped, so they run again (activities run at least once; a duplicate result is ignored).
        foreach (HistoryEvent open in scheduledBeforeCut.Values.Where(e => !resolved.Contains(e.EventId)))
        {
            if (open is TaskScheduledEvent scheduled)
            {
                _tasks.Add(NewActivityTask(scheduled.EventId, scheduled.Name, scheduled.Input));
            }
            else if (open is TimerCreatedEvent timer)
            {
                _outbound.Add(TimerMessage(timer.EventId, timer.FireAt));
            }
            else if (open is SubOrchestrationInstanceCreatedEvent created)
            {
                // The child may have finished after this instance failed, its result dropped: asked again, a finished
                // child sends its result once more, a failed one is rewound, and a running one answers when it ends.
                _outbound.Add(new TaskMessage(
                    MessageIds.SubOrchestrationRewind(InstanceId, ExecutionId, created.EventId, _rewinds),
                    created.InstanceId,
                    null,
                    new ExecutionRewoundEvent(-1, _now, rewound.Reason)));
            }
        }

        _past = kept;
        _replacesHistory = true;
        _instance = _instance with { Status = OrchestrationRuntimeStatus.Running, Output = null, Failure = null };
        _newEvents.Add(rewound);
        return Replay(receivedAgain);
    }

    private static int? ResultFor(HistoryEvent historyEvent) => historyEvent switch
    {
        TaskCompletedEvent e => e.TaskScheduledId,
        TaskFailedEvent e => e.TaskScheduledId,
        TimerFiredEvent e => e.TimerId,
        SubOrchestrationInstanceCompletedEvent e => e.TaskScheduledId,
        SubOrchestrationInstanceFailedEvent e => e.TaskScheduledId,
        _ => null,
    };

    private static int IndexOf(IReadOnlyList<HistoryEvent> history, Func<HistoryEvent, bool> predicate)
    {
        for (int i = 0; i < history.Count; i++)
        {
            if (predicate(history[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private OrchestrationStepResult Terminate(string? reason)
    {
        _newEvents.Add(new ExecutionTerminatedEvent(-1, _now, reason));
        var failure = new FailureDetails("Terminated", reason ?? "The instance was terminated.", IsNonRetriable: true);
        _instance = _instance with
        {
            Status = OrchestrationRuntimeStatus.Terminated,
            Output = DurableJson.Serialize(reason),
            Failure = failure,
        };
        NotifyParent(parent => new SubOrchestrationInstanceFailedEvent(-1, _now, parent.TaskScheduledId, failure));
        return Commit();
    }

    private OrchestrationStepResult Fail(Exception exception) => Finish(OrchestrationRuntimeStatus.Failed, null, FailureDetails.FromException(exception));

    private OrchestrationStepResult Finish(OrchestrationRuntimeStatus status, string? output, FailureDetails? failure)
    {
        _newEvents.Add(new ExecutionCompletedEvent(-1, _now, status, output, failure));
        _instance = _instance with { Status = status, Output = output, Failure = failure };
        NotifyParent(parent => failure is null
            ? new SubOrchestrationInstanceCompletedEvent(-1, _now, parent.TaskScheduledId, output)
            : new SubOrchestrationInstanceFailedEvent(-1, _now, parent.TaskScheduledId, failure));
        return Commit();
    }

    private void NotifyParent(Func<ParentInstance, HistoryEvent> completion)
    {
        if (_instance.Parent is { } parent)
        {
            _outbound.Add(new TaskMessage(
                MessageIds.CompletionToParent(InstanceId, ExecutionId, _rewinds),
                parent.InstanceId,
                parent.ExecutionId,
                completion(parent)));
        }
    }

    /// <summary>A second start for a running instance is dropped; a parent that sent it learns that it failed.</summary>
    private void RefuseStart(ExecutionStartedEvent refused)
    {
        if (refused.Parent is { } parent && refused.ExecutionId != ExecutionId)
        {
            var failure = new FailureDetails(
                typeof(Client.OrchestrationAlreadyExistsException).FullName!,
                $"An orchestration with instance id '{InstanceId}' is already running.");
            _outbound.Add(new TaskMessage(
                MessageIds.StartRefused(InstanceId, refused.ExecutionId),
                parent.InstanceId,
                parent.ExecutionId,
                new SubOrchestrationInstanceFailedEvent(-1, _now, parent.TaskScheduledId, failure)));
        }
    }

    private void Consume(IEnumerable<TaskMessage> messages) => _consumed.AddRange(messages.Select(m => m.MessageId));

    private void Consume(IEnumerable<(HistoryEvent Event, string? MessageId)> received)
        => _consumed.AddRange(received.Select(r => r.MessageId).OfType<string>());

    private OrchestrationStepResult Commit()
    {
        // A step that received nothing and did nothing leaves the history and the timestamps alone.
        bool changed = _newEvents.Count > 1 || _replacesHistory;
        if (changed)
        {
            _newEvents.Add(new OrchestratorCompletedEvent(-1, _now));
            _instance = _instance with { LastUpdatedAt = _now };
        }

        IReadOnlyList<HistoryEvent> events = !changed ? [] : _replacesHistory ? [.. _past, .. _newEvents] : _newEvents;
        return new OrchestrationStepResult(_instance, events, _replacesHistory, _consumed.Distinct().ToList(), _tasks, _outbound);
    }
}
