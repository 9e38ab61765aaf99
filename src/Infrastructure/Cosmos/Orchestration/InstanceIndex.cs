using MentorFlow.Durable;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// The per-instance entries that client queries and bulk purges read, one single-partition query per bucket. Entries
/// are hints: every candidate is checked against its instance document before it is returned.
/// </summary>
internal sealed class InstanceIndex(DocumentContainer documents, int buckets)
{
    /// <summary>Records the instance under all of <paramref name="statuses"/> (old and new while a change commits).</summary>
    public Task WriteAsync(InstanceRecord record, IEnumerable<OrchestrationRuntimeStatus> statuses, CancellationToken cancellationToken)
        => documents.UpsertAsync(
            new IndexEntryDocument
            {
                Id = StoreLayout.IndexEntryId(record.InstanceId),
                Pk = PartitionOf(record.InstanceId),
                InstanceId = record.InstanceId,
                Name = record.Name,
                CreatedAt = StoreLayout.Sortable(record.CreatedAt),
                Statuses = statuses.Distinct().ToList(),
            },
            cancellationToken);

    public Task DeleteAsync(string instanceId, CancellationToken cancellationToken)
        => documents.DeleteAsync(StoreLayout.IndexEntryId(instanceId), PartitionOf(instanceId), ifMatch: null, cancellationToken);

    /// <summary>
    /// The entries that may match, from every bucket, ordered by creation time then instance id (ordinal), starting
    /// after <paramref name="after"/>. The service cannot sort (no ORDER BY here), so each bucket's matches are read and
    /// merged in memory: a query costs in proportion to how many entries its filters let through.
    /// </summary>
    public async Task<List<IndexEntryDocument>> CandidatesAsync(
        DateTime? createdFrom, DateTime? createdTo, string? instanceIdPrefix, string? name,
        IReadOnlyCollection<OrchestrationRuntimeStatus>? statuses, (string CreatedAt, string InstanceId)? after,
        CancellationToken cancellationToken)
    {
        var text = "c.kind = 'index'";
        var parameters = new List<(string Name, object Value)>();
        if (createdFrom is { } from)
        {
            text += " AND c.createdAt >= @from";
            parameters.Add(("@from", StoreLayout.Sortable(from)));
        }

        if (after is { } position)
        {
            text += " AND c.createdAt >= @after";
            parameters.Add(("@after", position.CreatedAt));
        }

        if (createdTo is { } to)
        {
            text += " AND c.createdAt <= @to";
            parameters.Add(("@to", StoreLayout.Sortable(to)));
        }

        if (!string.IsNullOrEmpty(instanceIdPrefix))
        {
            text += " AND STARTSWITH(c.instanceId, @prefix)";
            parameters.Add(("@prefix", instanceIdPrefix));
        }

        if (name is not null)
        {
            text += " AND c.name = @name";
            parameters.Add(("@name", name));
        }

        var candidates = new List<IndexEntryDocument>();
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            candidates.AddRange(await documents.QueryAsync<IndexEntryDocument>(StoreLayout.IndexPartition(bucket), text, parameters, cancellationToken)
                .ConfigureAwait(false));
        }

        return candidates
            .Where(entry => statuses is null || entry.Statuses.Any(statuses.Contains))
            .Where(entry => after is not { } position || Compare(entry, position) > 0)
            .OrderBy(entry => entry.CreatedAt, StringComparer.Ordinal)
            .ThenBy(entry => entry.InstanceId, StringComparer.Ordinal)
            .ToList();
    }

    private static int Compare(IndexEntryDocument entry, (string CreatedAt, string InstanceId) position)
    {
        var byTime = string.CompareOrdinal(entry.CreatedAt, position.CreatedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(entry.InstanceId, position.InstanceId);
    }

    private string PartitionOf(string instanceId) => StoreLayout.IndexPartition(StoreLayout.BucketOf(instanceId, buckets));
}
