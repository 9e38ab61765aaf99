using MentorFlow.Durable.History;

namespace MentorFlow.Durable.Storage;

/// <summary>
/// An instance locked for one orchestration step: its record, the current execution's history, and the inbox
/// messages that are visible now. Only the holder of <see cref="LockToken"/> may commit the step.
/// </summary>
/// <param name="Instance">The instance as stored.</param>
/// <param name="History">The current execution's history, oldest first.</param>
/// <param name="NewMessages">Visible inbox messages, oldest first.</param>
/// <param name="LockToken">Proves the lease; a step committed with a token that is no longer current is refused.</param>
/// <param name="LockedUntil">When the lease expires unless renewed (UTC).</param>
/// <param name="DequeueCount">How many times this work has been locked without a commit (1 the first time); the poison bound.</param>
public sealed record OrchestrationWorkItem(
    InstanceRecord Instance,
    IReadOnlyList<HistoryEvent> History,
    IReadOnlyList<TaskMessage> NewMessages,
    string LockToken,
    DateTime LockedUntil,
    int DequeueCount);

/// <summary>An activity task locked for one run. Only the holder of <see cref="LockToken"/> may complete it.</summary>
/// <param name="Task">The activity task.</param>
/// <param name="LockToken">Proves the lease.</param>
/// <param name="LockedUntil">When the lease expires unless renewed (UTC).</param>
/// <param name="DequeueCount">How many times it has been locked without completing (1 the first time).</param>
public sealed record ActivityWorkItem(ActivityTask Task, string LockToken, DateTime LockedUntil, int DequeueCount);
