namespace MentorFlow.Functions.Management;

/// <summary>What a purge removed, in Durable Functions' shape (<c>{"instancesDeleted": n}</c>).</summary>
/// <param name="InstancesDeleted">How many instances were removed.</param>
public sealed record PurgeHistoryResult(int InstancesDeleted);
