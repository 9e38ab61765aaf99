using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Builds the records and messages the store contract tests feed to a store.</summary>
internal static class StoreBuilders
{
    public const string OrchestratorName = "Onboarding";

    public static InstanceRecord Instance(
        string instanceId,
        DateTime createdAt,
        OrchestrationRuntimeStatus status = OrchestrationRuntimeStatus.Pending,
        string name = OrchestratorName,
        string executionId = "exec-1",
        string? input = "\"input\"")
        => new(instanceId, name, executionId, status, createdAt, createdAt, Input: input);

    public static TaskMessage Start(InstanceRecord instance, DateTime at, DateTime? visibleAt = null, ParentInstance? parent = null)
        => new(
            $"start-{instance.ExecutionId}",
            instance.InstanceId,
            instance.ExecutionId,
            new ExecutionStartedEvent(-1, at, instance.Name, instance.ExecutionId, instance.Input, parent, visibleAt),
            visibleAt);

    public static TaskMessage StartOf(
        string instanceId, DateTime at, string name = OrchestratorName, string executionId = "exec-1",
        string? input = "\"input\"", ParentInstance? parent = null)
        => new($"start-{executionId}", instanceId, executionId, new ExecutionStartedEvent(-1, at, name, executionId, input, parent));

    public static TaskMessage Event(string instanceId, string messageId, DateTime at, DateTime? visibleAt = null, string name = "Approved")
        => new(messageId, instanceId, null, new EventRaisedEvent(-1, at, name, "true"), visibleAt);

    public static TaskMessage Timer(string instanceId, string executionId, int timerId, DateTime at, DateTime fireAt)
        => new($"{instanceId}:{executionId}:timer:{timerId}", instanceId, executionId, new TimerFiredEvent(-1, at, timerId, fireAt), fireAt);

    public static TaskMessage Resume(string instanceId, DateTime at)
        => new($"resume-{at.Ticks}", instanceId, null, new ExecutionResumedEvent(-1, at, "resumed by test"));

    public static TaskMessage Suspend(string instanceId, DateTime at)
        => new($"suspend-{at.Ticks}", instanceId, null, new ExecutionSuspendedEvent(-1, at, "suspended by test"));

    public static TaskMessage Terminate(string instanceId, DateTime at)
        => new($"terminate-{at.Ticks}", instanceId, null, new ExecutionTerminatedEvent(-1, at, "terminated by test"));

    public static TaskMessage Rewind(string instanceId, DateTime at)
        => new($"rewind-{at.Ticks}", instanceId, null, new ExecutionRewoundEvent(-1, at, "rewound by test"));

    public static TaskMessage ActivityResult(ActivityTask task, DateTime at, string? result = "\"done\"")
        => new($"{task.TaskId}:result", task.InstanceId, task.ExecutionId, new TaskCompletedEvent(-1, at, task.TaskScheduledId, result));

    public static ActivityTask Activity(InstanceRecord instance, int taskScheduledId, string name = "SendWelcome")
        => new(
            ActivityTask.IdFor(instance.InstanceId, instance.ExecutionId, taskScheduledId),
            instance.InstanceId,
            instance.ExecutionId,
            taskScheduledId,
            name,
            $"\"input-{taskScheduledId}\"");

    /// <summary>
    /// A step that takes every new message of the work item into history (as the runtime does) and leaves the
    /// instance in <paramref name="status"/>; tests add events, tasks and messages with <c>with</c>.
    /// </summary>
    public static OrchestrationStepResult Step(
        OrchestrationWorkItem workItem, DateTime at, OrchestrationRuntimeStatus status = OrchestrationRuntimeStatus.Running)
        => new(
            workItem.Instance with { Status = status, LastUpdatedAt = at },
            [new OrchestratorStartedEvent(-1, at), .. workItem.NewMessages.Select(message => message.Event)],
            ReplacesHistory: false,
            workItem.NewMessages.Select(message => message.MessageId).ToList(),
            [],
            []);
}
