using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Builds store records and messages with sensible defaults, so each test states only what matters to it.</summary>
internal static class StoreBuilders
{
    public static readonly OrchestrationRuntimeStatus[] ActiveStatuses =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    public static InstanceRecord Instance(string instanceId, DateTime now, string executionId = "e1")
        => new(instanceId, "Workflow", executionId, OrchestrationRuntimeStatus.Pending, now, now);

    public static TaskMessage Start(string instanceId, DateTime now, string executionId = "e1")
        => new($"{instanceId}:start", instanceId, executionId, new ExecutionStartedEvent(-1, now, "Workflow", executionId, null));

    public static TaskMessage Raised(string instanceId, string messageId, DateTime now, DateTime? visibleAt = null)
        => new(messageId, instanceId, null, new EventRaisedEvent(-1, now, "signal", null), visibleAt);

    public static TaskMessage Resume(string instanceId, DateTime now) => new($"{instanceId}:resume", instanceId, null, new ExecutionResumedEvent(-1, now, null));

    public static OrchestrationStepResult Step(OrchestrationWorkItem workItem, OrchestrationRuntimeStatus status, params ActivityTask[] tasks)
        => new(
            workItem.Instance with { Status = status },
            [new OrchestratorStartedEvent(-1, workItem.LockedUntil), new OrchestratorCompletedEvent(-1, workItem.LockedUntil)],
            false,
            [.. workItem.NewMessages.Select(m => m.MessageId)],
            tasks,
            []);

    public static ActivityTask Task(string instanceId, int sequence = 0)
        => new(ActivityTask.IdFor(instanceId, "e1", sequence), instanceId, "e1", sequence, "Work", null);
}
