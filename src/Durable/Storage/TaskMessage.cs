using MentorFlow.Durable.History;

namespace MentorFlow.Durable.Storage;

/// <summary>
/// A message for an orchestration instance's inbox: an event the instance has not yet seen (an activity's result,
/// a fired timer, a raised event, a start, terminate, suspend, resume or rewind request).
/// </summary>
/// <param name="MessageId">
/// Unique per target instance. Messages produced by an orchestration step or an activity carry deterministic ids
/// (derived from instance, execution and sequence number), so delivering one twice stores it once.
/// </param>
/// <param name="TargetInstanceId">The instance whose inbox receives it.</param>
/// <param name="TargetExecutionId">
/// The execution it belongs to, or null for messages meant for whatever execution is current (raised events and
/// requests). The runtime drops results addressed to an execution that is no longer current.
/// </param>
/// <param name="Event">The event itself.</param>
/// <param name="VisibleAt">Not handed to a worker before this time (timers, scheduled starts); null: at once.</param>
public sealed record TaskMessage(
    string MessageId,
    string TargetInstanceId,
    string? TargetExecutionId,
    HistoryEvent Event,
    DateTime? VisibleAt = null);
