using MentorFlow.Durable.Storage;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>An activity task waiting to run (or running under a lease), in its instance's work bucket.</summary>
internal sealed class ActivityTaskDocument : CosmosDocument
{
    public override string Kind => "activity";

    public required ActivityTask Task { get; init; }

    /// <summary>Copied from the task for the purge query.</summary>
    public required string InstanceId { get; init; }

    /// <summary>When a worker may take it: now, or the end of the current lease, or after an abandon's delay.</summary>
    public required string VisibleAt { get; set; }

    public WorkLease? Lease { get; set; }

    public int DequeueCount { get; set; }
}
