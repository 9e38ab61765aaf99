namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// Keeps the work entries (<see cref="WorkEntryDocument"/>) honest without transactions across documents.
/// </summary>
/// <remarks>
/// The one rule that matters: an instance with work must never be left without an entry due no later than that work.
/// Two moves keep it:
/// <list type="bullet">
/// <item>Lowering an entry (making it due earlier, or creating it) is always safe; whoever adds work to an instance
/// lowers the entry after reading the instance and before writing it, so a crash in between leaves an early entry,
/// which only costs a worker one read.</item>
/// <item>Raising an entry (due later, or deleting it) is safe only for a writer who read the entry before its own
/// conditional write of the instance, and raises it with If-Match on that read: any delivery that could have added
/// work meanwhile lowered the entry (its ETag changed, the raise fails and the raiser lowers instead) or wrote the
/// instance (the raiser's instance write failed and it re-read). The one exception is raising to the end of a live
/// lease: the lease holder recomputes the entry when it commits or abandons, and the entry is due when the lease ends.</item>
/// </list>
/// </remarks>
internal sealed class WorkIndex(DocumentContainer documents, int buckets)
{
    public Task<WorkEntryDocument?> ReadAsync(string instanceId, CancellationToken cancellationToken)
        => documents.ReadAsync<WorkEntryDocument>(StoreLayout.WorkEntryId(instanceId), PartitionOf(instanceId), cancellationToken);

    /// <summary>Makes the instance's entry due no later than <paramref name="dueAt"/>.</summary>
    public async Task LowerAsync(string instanceId, DateTime dueAt, CancellationToken cancellationToken)
    {
        var due = StoreLayout.Sortable(dueAt);
        while (true)
        {
            var entry = await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
            if (entry is null)
            {
                var created = new WorkEntryDocument
                {
                    Id = StoreLayout.WorkEntryId(instanceId), Pk = PartitionOf(instanceId), InstanceId = instanceId, VisibleAt = due,
                };
                if (await documents.CreateAsync(created, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
            else if (string.CompareOrdinal(entry.VisibleAt, due) <= 0)
            {
                return;
            }
            else
            {
                entry.VisibleAt = due;
                if (await documents.ReplaceAsync(entry, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Sets the entry to <paramref name="dueAt"/> (deleting it when null), given the entry as read before the caller's
    /// instance write (null when there was none). When the entry changed since, it is only lowered.
    /// </summary>
    public async Task SetAsync(string instanceId, WorkEntryDocument? observed, DateTime? dueAt, CancellationToken cancellationToken)
    {
        if (observed is null)
        {
            if (dueAt is { } due)
            {
                await LowerAsync(instanceId, due, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        bool applied;
        if (dueAt is null)
        {
            applied = await documents.DeleteAsync(observed.Id, observed.Pk, observed.ETag, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var due = StoreLayout.Sortable(dueAt.Value);
            if (observed.VisibleAt == due)
            {
                return;
            }

            observed.VisibleAt = due;
            applied = await documents.ReplaceAsync(observed, cancellationToken).ConfigureAwait(false);
        }

        if (!applied && dueAt is { } lowerTo)
        {
            await LowerAsync(instanceId, lowerTo, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task DeleteAsync(string instanceId, CancellationToken cancellationToken)
        => documents.DeleteAsync(StoreLayout.WorkEntryId(instanceId), PartitionOf(instanceId), ifMatch: null, cancellationToken);

    private string PartitionOf(string instanceId) => StoreLayout.WorkPartition(StoreLayout.BucketOf(instanceId, buckets));
}
