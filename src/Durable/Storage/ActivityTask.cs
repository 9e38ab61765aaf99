namespace MentorFlow.Durable.Storage;

/// <summary>
/// An activity to run, created by an orchestration step. Its id is deterministic
/// (<c>{instanceId}:{executionId}:{taskScheduledId}</c>), so a step committed twice cannot create it twice.
/// </summary>
/// <param name="TaskId">The deterministic id.</param>
/// <param name="InstanceId">The orchestration that scheduled it.</param>
/// <param name="ExecutionId">The execution that scheduled it.</param>
/// <param name="TaskScheduledId">The orchestrator's sequence number for the call; the result refers back to it.</param>
/// <param name="Name">The activity's registered name.</param>
/// <param name="Input">The serialized input.</param>
public sealed record ActivityTask(
    string TaskId,
    string InstanceId,
    string ExecutionId,
    int TaskScheduledId,
    string Name,
    string? Input)
{
    /// <summary>The deterministic id of the activity task scheduled as <paramref name="taskScheduledId"/>.</summary>
    public static string IdFor(string instanceId, string executionId, int taskScheduledId)
        => $"{instanceId}:{executionId}:{taskScheduledId}";
}
