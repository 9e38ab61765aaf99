using MentorFlow.Durable.History;

namespace MentorFlow.Durable.Storage;

/// <summary>
/// Everything one orchestration step changes, committed atomically by
/// <see cref="IOrchestrationStore.CompleteOrchestrationAsync"/>: either all of it is stored or none of it.
/// </summary>
/// <param name="Instance">The instance record after the step (status, execution id, input, output, custom status, failure).</param>
/// <param name="NewEvents">Events appended to the history (or the whole new history when <paramref name="ReplacesHistory"/>).</param>
/// <param name="ReplacesHistory">True after ContinueAsNew or a restart in place: the old execution's history is dropped.</param>
/// <param name="ConsumedMessageIds">Inbox messages this step has taken into history (or discarded); removed from the inbox.</param>
/// <param name="ActivityTasks">Activities to create (idempotent by task id).</param>
/// <param name="OutboundMessages">
/// Messages for other instances or for itself (events sent, sub-orchestration starts, a completion reported to the
/// parent, timers with <see cref="TaskMessage.VisibleAt"/>, ContinueAsNew's start and carried-over events).
/// Delivered idempotently by message id; a message holding an <see cref="ExecutionStartedEvent"/> creates its
/// target instance as Pending when none exists.
/// </param>
public sealed record OrchestrationStepResult(
    InstanceRecord Instance,
    IReadOnlyList<HistoryEvent> NewEvents,
    bool ReplacesHistory,
    IReadOnlyList<string> ConsumedMessageIds,
    IReadOnlyList<ActivityTask> ActivityTasks,
    IReadOnlyList<TaskMessage> OutboundMessages);
