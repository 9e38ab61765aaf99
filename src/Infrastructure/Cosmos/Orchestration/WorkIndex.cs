namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// Keeps the work entries (<see cref="WorkEntryDocument"/>) honest without transactions across documents.
/// </summary>
/// <remarks>
/// The one rule that matters: an instance with work must never be left without an entry due no later than that work.
/// Three moves keep it:
/// <list type="bullet">
/// <item>Lowering an entry (making it due earlier, or creating it) is always safe; whoever adds work to an instance
/// lowers the entry after reading the instance and before writing it, so a crash in between leaves an early entry,
/// which only costs a worker one read. A lowering always writes the entry, even one that is due already: the new
/// ETag is what tells a raiser holding an older read that work may have arrived since.</item>
/// <item>Raising an entry (due later, or deleting it) is safe only for a writer who read the entry before its own
/// conditional write of the instance, and raises it with If-Match on that read: any delivery that could have added
/// work meanwhile lowered the entry (its ETag changed, the raise fails and the raiser lowers instead) or wrote the
/// instance (the raiser's instance write failed and it re-read). The one exception is raising to the end of a live
/// lease: the lease holder recomputes the entry when it commits or abandons, always writing it (so a raise to the end
/// of a lease read while the lease was live fails once the holder let go), and the entry is due when the lease ends.</item>
/// <item>An entry without an instance document is not removed at once: a creator writes the entry before the
/// document, so the document may be on its way. The entry is set aside for <see cref="MissingInstanceGrace"/> and
/// removed only when the document is still missing then; the creator lowers the entry again once the document is
/// written, which brings a set-aside entry back at once.</item>
/// </list>
/// </remarks>
internal sealed class WorkIndex(DocumentContainer documents, int buckets)
{
    /// <summary>
    /// How long an entry whose instance document was not found waits before it is looked at again (and then removed
    /// if the document is still missing): far longer than the few requests between writing an entry and creating its
    /// instance, and short enough that a creator that crashed in between leaves an orphan for only a minute.
    /// </summary>
    public static readonly TimeSpan MissingInstanceGrace = TimeSpan.FromMinutes(1);

    public Task<WorkEntryDocument?> ReadAsync(string instanceId, CancellationToken cancellationToken)
        => documents.ReadAsync<WorkEntryDocument>(StoreLayout.WorkEntryId(instanceId), PartitionOf(instanceId), cancellationToken);

    /// <summary>Makes the instance's entry due no later than <paramref name="dueAt"/>, writing it in every case (see the remarks).</summary>
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
            else
            {
                if (string.CompareOrdinal(entry.VisibleAt, due) > 0)
                {
                    entry.VisibleAt = due;
                }

                entry.InstanceMissing = false;
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
            // Written even when unchanged: a poller that saw the lease live may be about to raise the entry to the lease's
            // end with the ETag it read, and only a new ETag makes that raise fail now that the lease is gone.
            observed.VisibleAt = StoreLayout.Sortable(dueAt.Value);
            applied = await documents.ReplaceAsync(observed, cancellationToken).ConfigureAwait(false);
        }

        if (!applied && dueAt is { } lowerTo)
        {
            await LowerAsync(instanceId, lowerTo, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Deals with an entry whose instance document was not found: the first time, it is set aside until
    /// <paramref name="now"/> plus <see cref="MissingInstanceGrace"/>; the second time, it is removed. Both writes are
    /// conditional on the entry as read, so a creator's lowering in between wins.
    /// </summary>
    public async Task SetAsideOrRemoveOrphanAsync(WorkEntryDocument entry, DateTime now, CancellationToken cancellationToken)
    {
        if (entry.InstanceMissing)
        {
            await documents.DeleteAsync(entry.Id, entry.Pk, entry.ETag, cancellationToken).ConfigureAwait(false);
            return;
        }

        entry.InstanceMissing = true;
        entry.VisibleAt = StoreLayout.Sortable(now + MissingInstanceGrace);
        await documents.ReplaceAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteAsync(string instanceId, CancellationToken cancellationToken)
        => documents.DeleteAsync(StoreLayout.WorkEntryId(instanceId), PartitionOf(instanceId), ifMatch: null, cancellationToken);

    private string PartitionOf(string instanceId) => StoreLayout.WorkPartition(StoreLayout.BucketOf(instanceId, buckets));
}
