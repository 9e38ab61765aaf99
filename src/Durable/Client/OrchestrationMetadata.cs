using System.Text.Json;
using MentorFlow.Durable.History;

namespace MentorFlow.Durable.Client;

/// <summary>What a client sees of an orchestration instance.</summary>
/// <param name="Name">The orchestrator's name.</param>
/// <param name="InstanceId">The instance id.</param>
/// <param name="RuntimeStatus">The runtime status.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="LastUpdatedAt">When a step last committed (UTC).</param>
/// <param name="SerializedInput">The input as JSON, when asked for.</param>
/// <param name="SerializedOutput">The output as JSON, when asked for and Completed.</param>
/// <param name="SerializedCustomStatus">The custom status as JSON, when asked for.</param>
/// <param name="FailureDetails">Why it failed, when Failed.</param>
/// <param name="History">The current execution's history, when asked for.</param>
public sealed record OrchestrationMetadata(
    string Name,
    string InstanceId,
    OrchestrationRuntimeStatus RuntimeStatus,
    DateTime CreatedAt,
    DateTime LastUpdatedAt,
    string? SerializedInput = null,
    string? SerializedOutput = null,
    string? SerializedCustomStatus = null,
    FailureDetails? FailureDetails = null,
    IReadOnlyList<HistoryEvent>? History = null)
{
    /// <summary>True while the instance can still make progress or be resumed.</summary>
    public bool IsRunning => RuntimeStatus is OrchestrationRuntimeStatus.Pending
        or OrchestrationRuntimeStatus.Running
        or OrchestrationRuntimeStatus.Suspended
        or OrchestrationRuntimeStatus.ContinuedAsNew;

    /// <summary>Deserializes the input.</summary>
    public T? ReadInputAs<T>() => Read<T>(SerializedInput);

    /// <summary>Deserializes the output.</summary>
    public T? ReadOutputAs<T>() => Read<T>(SerializedOutput);

    /// <summary>Deserializes the custom status.</summary>
    public T? ReadCustomStatusAs<T>() => Read<T>(SerializedCustomStatus);

    private static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, DurableJson.Options);
}
