using System.Text.Json.Serialization;

namespace MentorFlow.Durable.History;

/// <summary>
/// One event of an orchestration's history. An orchestrator is replayed from its history, so the history is
/// the truth about an instance: every decision the orchestrator made (tasks scheduled, timers created, events
/// sent) and every result it received (completions, failures, timers fired, events raised).
/// Payloads (inputs, results) are kept as serialized JSON text, exactly as they were first produced.
/// </summary>
/// <remarks>
/// <see cref="EventId"/> is the sequence number of an action the orchestrator took (-1 for events it received);
/// completions refer back to it through their <c>TaskScheduledId</c> or <c>TimerId</c>.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "eventType")]
[JsonDerivedType(typeof(ExecutionStartedEvent), "ExecutionStarted")]
[JsonDerivedType(typeof(ExecutionCompletedEvent), "ExecutionCompleted")]
[JsonDerivedType(typeof(ExecutionTerminatedEvent), "ExecutionTerminated")]
[JsonDerivedType(typeof(ExecutionSuspendedEvent), "ExecutionSuspended")]
[JsonDerivedType(typeof(ExecutionResumedEvent), "ExecutionResumed")]
[JsonDerivedType(typeof(ExecutionRewoundEvent), "ExecutionRewound")]
[JsonDerivedType(typeof(ContinueAsNewEvent), "ContinueAsNew")]
[JsonDerivedType(typeof(OrchestratorStartedEvent), "OrchestratorStarted")]
[JsonDerivedType(typeof(OrchestratorCompletedEvent), "OrchestratorCompleted")]
[JsonDerivedType(typeof(TaskScheduledEvent), "TaskScheduled")]
[JsonDerivedType(typeof(TaskCompletedEvent), "TaskCompleted")]
[JsonDerivedType(typeof(TaskFailedEvent), "TaskFailed")]
[JsonDerivedType(typeof(TimerCreatedEvent), "TimerCreated")]
[JsonDerivedType(typeof(TimerFiredEvent), "TimerFired")]
[JsonDerivedType(typeof(EventRaisedEvent), "EventRaised")]
[JsonDerivedType(typeof(EventSentEvent), "EventSent")]
[JsonDerivedType(typeof(SubOrchestrationInstanceCreatedEvent), "SubOrchestrationInstanceCreated")]
[JsonDerivedType(typeof(SubOrchestrationInstanceCompletedEvent), "SubOrchestrationInstanceCompleted")]
[JsonDerivedType(typeof(SubOrchestrationInstanceFailedEvent), "SubOrchestrationInstanceFailed")]
public abstract record HistoryEvent(int EventId, DateTime Timestamp);

/// <summary>The parent of a sub-orchestration: where its completion must be reported.</summary>
/// <param name="InstanceId">The parent's instance id.</param>
/// <param name="ExecutionId">The parent's execution id when it scheduled the sub-orchestration.</param>
/// <param name="TaskScheduledId">The parent's sequence number for the sub-orchestration call.</param>
/// <param name="Name">The parent orchestrator's name.</param>
public sealed record ParentInstance(string InstanceId, string ExecutionId, int TaskScheduledId, string Name);

/// <summary>An execution began: the first event of every execution's history.</summary>
public sealed record ExecutionStartedEvent(
    int EventId, DateTime Timestamp, string Name, string ExecutionId, string? Input,
    ParentInstance? Parent = null, DateTime? ScheduledStartTime = null, string? Version = null)
    : HistoryEvent(EventId, Timestamp);

/// <summary>The execution ended as Completed or Failed (with its output or failure).</summary>
public sealed record ExecutionCompletedEvent(
    int EventId, DateTime Timestamp, OrchestrationRuntimeStatus Status, string? Result, FailureDetails? Failure)
    : HistoryEvent(EventId, Timestamp);

/// <summary>The instance was terminated; also used as the terminate request message.</summary>
public sealed record ExecutionTerminatedEvent(int EventId, DateTime Timestamp, string? Reason)
    : HistoryEvent(EventId, Timestamp);

/// <summary>The instance was suspended; also used as the suspend request message.</summary>
public sealed record ExecutionSuspendedEvent(int EventId, DateTime Timestamp, string? Reason)
    : HistoryEvent(EventId, Timestamp);

/// <summary>The instance was resumed; also used as the resume request message.</summary>
public sealed record ExecutionResumedEvent(int EventId, DateTime Timestamp, string? Reason)
    : HistoryEvent(EventId, Timestamp);

/// <summary>A failed instance was rewound: its failed tasks are to be retried; also the rewind request message.</summary>
public sealed record ExecutionRewoundEvent(int EventId, DateTime Timestamp, string? Reason)
    : HistoryEvent(EventId, Timestamp);

/// <summary>The orchestrator asked to restart itself with new input (ContinueAsNew).</summary>
public sealed record ContinueAsNewEvent(int EventId, DateTime Timestamp, string? Input)
    : HistoryEvent(EventId, Timestamp);

/// <summary>A step (episode) began; its timestamp is the orchestrator's <c>CurrentUtcDateTime</c> for that step.</summary>
public sealed record OrchestratorStartedEvent(int EventId, DateTime Timestamp) : HistoryEvent(EventId, Timestamp);

/// <summary>A step (episode) ended.</summary>
public sealed record OrchestratorCompletedEvent(int EventId, DateTime Timestamp) : HistoryEvent(EventId, Timestamp);

/// <summary>The orchestrator scheduled an activity.</summary>
public sealed record TaskScheduledEvent(int EventId, DateTime Timestamp, string Name, string? Input)
    : HistoryEvent(EventId, Timestamp);

/// <summary>An activity returned.</summary>
public sealed record TaskCompletedEvent(int EventId, DateTime Timestamp, int TaskScheduledId, string? Result)
    : HistoryEvent(EventId, Timestamp);

/// <summary>An activity threw.</summary>
public sealed record TaskFailedEvent(int EventId, DateTime Timestamp, int TaskScheduledId, FailureDetails Failure)
    : HistoryEvent(EventId, Timestamp);

/// <summary>The orchestrator created a durable timer.</summary>
public sealed record TimerCreatedEvent(int EventId, DateTime Timestamp, DateTime FireAt)
    : HistoryEvent(EventId, Timestamp);

/// <summary>A durable timer fired.</summary>
public sealed record TimerFiredEvent(int EventId, DateTime Timestamp, int TimerId, DateTime FireAt)
    : HistoryEvent(EventId, Timestamp);

/// <summary>An external event reached the instance.</summary>
public sealed record EventRaisedEvent(int EventId, DateTime Timestamp, string Name, string? Input)
    : HistoryEvent(EventId, Timestamp);

/// <summary>The orchestrator sent an event to another instance.</summary>
public sealed record EventSentEvent(int EventId, DateTime Timestamp, string InstanceId, string Name, string? Input)
    : HistoryEvent(EventId, Timestamp);

/// <summary>The orchestrator started a sub-orchestration.</summary>
public sealed record SubOrchestrationInstanceCreatedEvent(
    int EventId, DateTime Timestamp, string Name, string InstanceId, string? Input)
    : HistoryEvent(EventId, Timestamp);

/// <summary>A sub-orchestration completed.</summary>
public sealed record SubOrchestrationInstanceCompletedEvent(int EventId, DateTime Timestamp, int TaskScheduledId, string? Result)
    : HistoryEvent(EventId, Timestamp);

/// <summary>A sub-orchestration failed.</summary>
public sealed record SubOrchestrationInstanceFailedEvent(int EventId, DateTime Timestamp, int TaskScheduledId, FailureDetails Failure)
    : HistoryEvent(EventId, Timestamp);
