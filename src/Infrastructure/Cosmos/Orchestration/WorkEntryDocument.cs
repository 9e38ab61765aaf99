namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// A hint in a work bucket that an instance may have work from <see cref="VisibleAt"/> on. Workers find instances
/// through these (a single-partition query per bucket) and re-check the instance document before locking it.
/// </summary>
internal sealed class WorkEntryDocument : CosmosDocument
{
    public override string Kind => "orchestration";

    public required string InstanceId { get; init; }

    /// <summary><see cref="StoreLayout.Sortable"/> text; never later than the instance's earliest work.</summary>
    public required string VisibleAt { get; set; }

    /// <summary>True once a worker found no instance document behind the entry; found so again, the entry is removed.</summary>
    public bool InstanceMissing { get; set; }
}
