namespace MentorFlow.Durable;

/// <summary>Options for scheduling an activity or a sub-orchestration.</summary>
/// <param name="Retry">How to retry a failed call; no retry when null.</param>
public record TaskOptions(RetryPolicy? Retry = null)
{
    /// <summary>Options with only a retry policy.</summary>
    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(policy);
}

/// <summary>Options for a sub-orchestration call.</summary>
/// <param name="InstanceId">The child's instance id; by default <c>{parentInstanceId}:{sequenceNumber}</c>.</param>
/// <param name="Retry">How to retry a failed child; no retry when null.</param>
public sealed record SubOrchestrationOptions(string? InstanceId = null, RetryPolicy? Retry = null) : TaskOptions(Retry);
