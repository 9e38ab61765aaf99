namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>Where and how <see cref="CosmosOrchestrationStore"/> keeps orchestration state.</summary>
public sealed class CosmosOrchestrationStoreOptions
{
    /// <summary>The database (the <c>CosmosDb__Database</c> setting).</summary>
    public required string DatabaseName { get; init; }

    /// <summary>The container; one per task hub, so two hubs never see each other's work.</summary>
    public string ContainerName { get; init; } = "durable";

    /// <summary>
    /// How many fixed partitions hold the work index and the instance index. More buckets spread the index's write
    /// load over more physical partitions; every poll for work reads each bucket once, so more buckets cost more
    /// RU while idle. Never change it for a container that holds data: entries would be looked for in the wrong bucket.
    /// </summary>
    public int WorkBuckets { get; init; } = 8;
}
