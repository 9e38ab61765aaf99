using MentorFlow.Durable;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// One instance in an index bucket, for client queries and bulk purges without cross-partition queries. A hint: a
/// query re-reads the instance document before returning it.
/// </summary>
internal sealed class IndexEntryDocument : CosmosDocument
{
    public override string Kind => "index";

    public required string InstanceId { get; init; }

    public required string Name { get; init; }

    /// <summary><see cref="StoreLayout.Sortable"/> text of the instance's creation time.</summary>
    public required string CreatedAt { get; init; }

    /// <summary>
    /// The instance's status; while a status change is being committed, both the old and the new one, so a crash
    /// between the instance write and the index write cannot hide the instance from a query for either.
    /// </summary>
    public required List<OrchestrationRuntimeStatus> Statuses { get; init; }
}
