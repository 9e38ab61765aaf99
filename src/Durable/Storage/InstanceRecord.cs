using MentorFlow.Durable.History;

namespace MentorFlow.Durable.Storage;

/// <summary>What the store keeps about an orchestration instance beside its history and inbox.</summary>
/// <param name="InstanceId">The instance id, chosen by the caller or generated.</param>
/// <param name="Name">The orchestrator's registered name.</param>
/// <param name="ExecutionId">The current execution (a new one after ContinueAsNew or a restart in place).</param>
/// <param name="Status">The runtime status.</param>
/// <param name="CreatedAt">When the instance (its first execution) was created, UTC.</param>
/// <param name="LastUpdatedAt">When a step last committed for it, UTC.</param>
/// <param name="Input">The current execution's serialized input.</param>
/// <param name="Output">The serialized output once Completed.</param>
/// <param name="CustomStatus">The serialized custom status the orchestrator last set.</param>
/// <param name="Failure">Why it Failed, or the reason it was Terminated.</param>
/// <param name="Parent">The parent, when this is a sub-orchestration.</param>
/// <param name="ScheduledStartAt">When a Pending instance is due to start, if later than creation.</param>
public sealed record InstanceRecord(
    string InstanceId,
    string Name,
    string ExecutionId,
    OrchestrationRuntimeStatus Status,
    DateTime CreatedAt,
    DateTime LastUpdatedAt,
    string? Input = null,
    string? Output = null,
    string? CustomStatus = null,
    FailureDetails? Failure = null,
    ParentInstance? Parent = null,
    DateTime? ScheduledStartAt = null)
{
    /// <summary>True for Completed, Failed, Terminated: the instance will do nothing more on its own.</summary>
    public bool IsFinished => Status is OrchestrationRuntimeStatus.Completed
        or OrchestrationRuntimeStatus.Failed
        or OrchestrationRuntimeStatus.Terminated;
}
