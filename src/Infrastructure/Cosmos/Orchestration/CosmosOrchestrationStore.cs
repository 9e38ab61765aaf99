using System.Net;
using System.Text;
using MentorFlow.Durable;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// The durable runtime's store on Cosmos DB, using only single-document atomicity, ETag preconditions and
/// single-partition queries (what the service and the test emulator both do). See <c>docs/architecture.md</c>,
/// "Cosmos DB storage", for the layout and its limits.
/// </summary>
/// <remarks>
/// A step commits as one conditional replace of the instance document: history, status, inbox minus the consumed
/// messages, plus an outbox of the activity tasks and messages for other instances. The outbox is then delivered
/// under deterministic ids (creating a task twice fails harmlessly; a message is taken into an inbox once by its id)
/// and cleared. A crash in between leaves the outbox in the document, and whoever next locks the instance, or commits
/// it, delivers it again.
/// </remarks>
public sealed class CosmosOrchestrationStore : IOrchestrationStore
{
    private static readonly IReadOnlyCollection<OrchestrationRuntimeStatus> FinishedStatuses =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    private readonly CosmosClient _client;
    private readonly CosmosOrchestrationStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly DocumentContainer _documents;
    private readonly WorkIndex _work;
    private readonly InstanceIndex _index;
    private int _nextBucket;

    /// <summary>Creates the store over a client; <see cref="InitializeAsync"/> creates its container when missing.</summary>
    public CosmosOrchestrationStore(CosmosClient client, CosmosOrchestrationStoreOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WorkBuckets, 1);
        _client = client;
        _options = options;
        _clock = clock;
        _documents = new DocumentContainer(client.GetContainer(options.DatabaseName, options.ContainerName));
        _work = new WorkIndex(_documents, options.WorkBuckets);
        _index = new InstanceIndex(_documents, options.WorkBuckets);
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var database = await _client.CreateDatabaseIfNotExistsAsync(_options.DatabaseName, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await database.Database.CreateContainerIfNotExistsAsync(ContainerDefinition(_options.ContainerName), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Forbidden)
        {
            // A managed identity with data-plane roles may not create databases or containers; the deployment
            // (infra/) creates them, and reading the container proves they are there.
            await _client.GetContainer(_options.DatabaseName, _options.ContainerName)
                .ReadContainerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The container: partitioned by <c>/pk</c>, and indexing only the properties the store's queries filter on, so that
    /// writing a large history or inbox does not pay for indexing it.
    /// </summary>
    public static ContainerProperties ContainerDefinition(string containerName)
    {
        var container = new ContainerProperties(containerName, "/pk");
        container.IndexingPolicy.IncludedPaths.Clear();
        foreach (var path in new[] { "/pk/?", "/kind/?", "/visibleAt/?", "/instanceId/?", "/name/?", "/createdAt/?" })
        {
            container.IndexingPolicy.IncludedPaths.Add(new IncludedPath { Path = path });
        }

        container.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/*" });
        return container;
    }

    /// <inheritdoc />
    public async Task<CreateInstanceOutcome> CreateInstanceAsync(
        InstanceRecord instance, TaskMessage startMessage, IReadOnlyCollection<OrchestrationRuntimeStatus> dedupeStatuses,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(startMessage);
        ArgumentNullException.ThrowIfNull(dedupeStatuses);
        while (true)
        {
            var existing = await ReadInstanceAsync(instance.InstanceId, cancellationToken).ConfigureAwait(false);
            if (existing is not null && dedupeStatuses.Contains(existing.Record.Status))
            {
                return CreateInstanceOutcome.AlreadyExists;
            }

            var document = InstanceDocument.New(instance, [startMessage]);
            var statuses = existing is null ? [instance.Status] : new[] { existing.Record.Status, instance.Status };
            await _index.WriteAsync(instance, statuses, cancellationToken).ConfigureAwait(false);
            await _work.LowerAsync(instance.InstanceId, InstanceRules.NextWorkAt(document, Now)!.Value, cancellationToken)
                .ConfigureAwait(false);

            bool written;
            if (existing is null)
            {
                written = await _documents.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // The old instance's tasks go first, so none of them runs against the new one.
                await DeleteActivityTasksAsync(instance.InstanceId, cancellationToken).ConfigureAwait(false);
                document.ETag = existing.ETag;
                written = await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false);
            }

            if (written)
            {
                if (existing is null)
                {
                    // A worker may have set the entry aside while the document did not exist yet.
                    await _work.LowerAsync(instance.InstanceId, InstanceRules.NextWorkAt(document, Now)!.Value, cancellationToken)
                        .ConfigureAwait(false);
                }

                await _index.WriteAsync(instance, [instance.Status], cancellationToken).ConfigureAwait(false);
                return existing is null ? CreateInstanceOutcome.Created : CreateInstanceOutcome.Replaced;
            }
        }
    }

    /// <inheritdoc />
    public async Task<(InstanceRecord Instance, IReadOnlyList<HistoryEvent>? History)?> GetInstanceAsync(
        string instanceId, bool includeHistory, CancellationToken cancellationToken)
    {
        var document = await ReadInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return document is null ? null : (document.Record, includeHistory ? document.History : null);
    }

    /// <inheritdoc />
    public async Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        var candidates = await _index.CandidatesAsync(
                query.CreatedFrom, query.CreatedTo, query.InstanceIdPrefix, query.Name, query.Statuses,
                DecodeContinuation(query.ContinuationToken), cancellationToken)
            .ConfigureAwait(false);

        var page = new List<InstanceRecord>();
        IndexEntryDocument? last = null;
        foreach (var candidate in candidates)
        {
            var document = await ReadInstanceAsync(candidate.InstanceId, cancellationToken).ConfigureAwait(false);
            if (document is null || !Matches(document.Record, query))
            {
                continue;
            }

            if (page.Count == query.PageSize)
            {
                return new InstancePage(page, EncodeContinuation(last!));
            }

            page.Add(query.IncludeInputsAndOutputs ? document.Record : document.Record with { Input = null, Output = null, CustomStatus = null });
            last = candidate;
        }

        return new InstancePage(page, null);
    }

    /// <inheritdoc />
    public async Task SendMessagesAsync(IReadOnlyList<TaskMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var target in messages.GroupBy(message => message.TargetInstanceId, StringComparer.Ordinal))
        {
            await DeliverAsync(target.Key, [.. target], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (await ReadInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        // The instance document goes last: until then a crash leaves a purge that can simply be repeated.
        await DeleteActivityTasksAsync(instanceId, cancellationToken).ConfigureAwait(false);
        await _work.DeleteAsync(instanceId, cancellationToken).ConfigureAwait(false);
        await _index.DeleteAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await _documents.DeleteAsync(StoreLayout.InstanceDocumentId, StoreLayout.InstancePartition(instanceId), null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statuses = filter.Statuses ?? FinishedStatuses;
        var candidates = await _index.CandidatesAsync(filter.CreatedFrom, filter.CreatedTo, null, null, statuses, null, cancellationToken)
            .ConfigureAwait(false);
        var purged = 0;
        foreach (var candidate in candidates)
        {
            var document = await ReadInstanceAsync(candidate.InstanceId, cancellationToken).ConfigureAwait(false);
            if (document is not null
                && statuses.Contains(document.Record.Status)
                && !(document.Record.CreatedAt < filter.CreatedFrom)
                && !(document.Record.CreatedAt > filter.CreatedTo)
                && await PurgeInstanceAsync(candidate.InstanceId, cancellationToken).ConfigureAwait(false))
            {
                purged++;
            }
        }

        return purged;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OrchestrationWorkItem>> LockNextOrchestrationsAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        var locked = new List<OrchestrationWorkItem>();
        foreach (var bucket in BucketsInPollOrder())
        {
            var entries = await _documents.QueryAsync<WorkEntryDocument>(
                    StoreLayout.WorkPartition(bucket), "c.kind = 'orchestration' AND c.visibleAt <= @now",
                    [("@now", StoreLayout.Sortable(Now))], cancellationToken)
                .ConfigureAwait(false);
            foreach (var entry in entries.OrderBy(entry => entry.VisibleAt, StringComparer.Ordinal))
            {
                if (locked.Count >= maxCount)
                {
                    return locked;
                }

                if (await TryLockAsync(entry, workerId, lockDuration, cancellationToken).ConfigureAwait(false) is { } workItem)
                {
                    locked.Add(workItem);
                }
            }
        }

        return locked;
    }

    /// <inheritdoc />
    public async Task<DateTime> RenewOrchestrationLockAsync(
        OrchestrationWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        var instanceId = workItem.Instance.InstanceId;
        while (true)
        {
            var document = await ReadInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
            var now = Now;
            if (document?.Lease is not { } lease || lease.Token != workItem.LockToken)
            {
                throw new LeaseLostException(instanceId);
            }

            // The work entry keeps the old expiry; a worker that finds it then sees the renewed lease and moves it on.
            document.Lease = lease with { LockedUntil = now + lockDuration };
            if (await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
            {
                return document.Lease.LockedUntil;
            }
        }
    }

    /// <inheritdoc />
    public async Task CompleteOrchestrationAsync(
        OrchestrationWorkItem workItem, OrchestrationStepResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(result);
        var instanceId = workItem.Instance.InstanceId;
        var entry = await _work.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        InstanceDocument document;
        while (true)
        {
            document = await ReadInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
                ?? throw new LeaseLostException(instanceId);
            if (document.LastCommittedLockToken == workItem.LockToken)
            {
                // A retried request whose first attempt committed: only the delivery remains.
                break;
            }

            // Only a lease another worker has taken is lost; one that ran out unclaimed still commits.
            if (document.Lease?.Token != workItem.LockToken)
            {
                throw new LeaseLostException(instanceId);
            }

            var oldStatus = document.Record.Status;
            InstanceRules.ApplyStep(document, result, workItem.LockToken);
            if (oldStatus != document.Record.Status)
            {
                await _index.WriteAsync(document.Record, [oldStatus, document.Record.Status], cancellationToken).ConfigureAwait(false);
            }

            if (await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
            {
                if (oldStatus != document.Record.Status)
                {
                    await _index.WriteAsync(document.Record, [document.Record.Status], cancellationToken).ConfigureAwait(false);
                }

                break;
            }
        }

        document = await DeliverOutboxAsync(document, cancellationToken).ConfigureAwait(false);
        await _work.SetAsync(instanceId, entry, InstanceRules.NextWorkAt(document, Now), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AbandonOrchestrationAsync(OrchestrationWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        var instanceId = workItem.Instance.InstanceId;
        var entry = await _work.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var document = await ReadInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
            if (document?.Lease?.Token != workItem.LockToken)
            {
                return;
            }

            document.Lease = null;
            document.AvailableAt = Now + delay;
            if (await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
            {
                await _work.SetAsync(instanceId, entry, InstanceRules.NextWorkAt(document, Now), cancellationToken).ConfigureAwait(false);
                return;
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        var locked = new List<ActivityWorkItem>();
        foreach (var bucket in BucketsInPollOrder())
        {
            var now = Now;
            var tasks = await _documents.QueryAsync<ActivityTaskDocument>(
                    StoreLayout.WorkPartition(bucket), "c.kind = 'activity' AND c.visibleAt <= @now",
                    [("@now", StoreLayout.Sortable(now))], cancellationToken)
                .ConfigureAwait(false);
            foreach (var task in tasks.OrderBy(task => task.VisibleAt, StringComparer.Ordinal))
            {
                if (locked.Count >= maxCount)
                {
                    return locked;
                }

                if (task.Lease is { } lease && lease.IsLiveAt(now))
                {
                    continue;
                }

                task.Lease = new WorkLease(workerId, Guid.NewGuid().ToString("N"), now + lockDuration);
                task.DequeueCount++;
                task.VisibleAt = StoreLayout.Sortable(task.Lease.LockedUntil);
                if (await _documents.ReplaceAsync(task, cancellationToken).ConfigureAwait(false))
                {
                    locked.Add(new ActivityWorkItem(task.Task, task.Lease.Token, task.Lease.LockedUntil, task.DequeueCount));
                }
            }
        }

        return locked;
    }

    /// <inheritdoc />
    public async Task<DateTime> RenewActivityLockAsync(ActivityWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        while (true)
        {
            var task = await ReadLeasedTaskAsync(workItem, cancellationToken).ConfigureAwait(false);
            task.Lease = task.Lease! with { LockedUntil = Now + lockDuration };
            task.VisibleAt = StoreLayout.Sortable(task.Lease.LockedUntil);
            if (await _documents.ReplaceAsync(task, cancellationToken).ConfigureAwait(false))
            {
                return task.Lease.LockedUntil;
            }
        }
    }

    /// <inheritdoc />
    public async Task CompleteActivityAsync(ActivityWorkItem workItem, TaskMessage result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(result);
        var task = await ReadLeasedTaskAsync(workItem, cancellationToken).ConfigureAwait(false);

        // The result first, idempotently by its id; then the task. A crash in between runs the activity again, and
        // its second result is recognised by the same message id.
        await DeliverAsync(result.TargetInstanceId, [result], cancellationToken).ConfigureAwait(false);
        await _documents.DeleteAsync(task.Id, task.Pk, ifMatch: null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AbandonActivityAsync(ActivityWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        var task = await ReadTaskAsync(workItem.Task, cancellationToken).ConfigureAwait(false);
        if (task?.Lease?.Token != workItem.LockToken)
        {
            return;
        }

        task.Lease = null;
        task.VisibleAt = StoreLayout.Sortable(Now + delay);
        await _documents.ReplaceAsync(task, cancellationToken).ConfigureAwait(false);
    }

    private Task<InstanceDocument?> ReadInstanceAsync(string instanceId, CancellationToken cancellationToken)
        => _documents.ReadAsync<InstanceDocument>(StoreLayout.InstanceDocumentId, StoreLayout.InstancePartition(instanceId), cancellationToken);

    private Task<ActivityTaskDocument?> ReadTaskAsync(ActivityTask task, CancellationToken cancellationToken)
        => _documents.ReadAsync<ActivityTaskDocument>(StoreLayout.ActivityId(task.TaskId), WorkPartitionOf(task.InstanceId), cancellationToken);

    private async Task<ActivityTaskDocument> ReadLeasedTaskAsync(ActivityWorkItem workItem, CancellationToken cancellationToken)
    {
        var task = await ReadTaskAsync(workItem.Task, cancellationToken).ConfigureAwait(false);
        if (task?.Lease?.Token != workItem.LockToken)
        {
            throw new LeaseLostException(workItem.Task.TaskId);
        }

        return task;
    }

    private string WorkPartitionOf(string instanceId) => StoreLayout.WorkPartition(StoreLayout.BucketOf(instanceId, _options.WorkBuckets));

    /// <summary>Every bucket once, starting at a different one each poll so that workers spread over the buckets.</summary>
    private IEnumerable<int> BucketsInPollOrder()
    {
        var start = (int)((uint)Interlocked.Increment(ref _nextBucket) % (uint)_options.WorkBuckets);
        return Enumerable.Range(0, _options.WorkBuckets).Select(offset => (start + offset) % _options.WorkBuckets);
    }

    /// <summary>Locks the instance behind a due work entry, or puts the entry right when the instance has nothing to hand out.</summary>
    private async Task<OrchestrationWorkItem?> TryLockAsync(
        WorkEntryDocument entry, string workerId, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        var document = await ReadInstanceAsync(entry.InstanceId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            // Possibly an instance being created right now (its entry is written first): set aside, not deleted.
            await _work.SetAsideOrRemoveOrphanAsync(entry, Now, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (document.OutboxTasks.Count > 0 || document.OutboxMessages.Count > 0)
        {
            // The last step's delivery was interrupted; finish it before anything else happens to the instance.
            document = await DeliverOutboxAsync(document, cancellationToken).ConfigureAwait(false);
        }

        var now = Now;
        if (document.Lease is { } lease && lease.IsLiveAt(now))
        {
            // Safe without fencing: the holder recomputes the entry when it lets go, and the lease ends then anyway.
            entry.VisibleAt = StoreLayout.Sortable(lease.LockedUntil);
            await _documents.ReplaceAsync(entry, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var messages = InstanceRules.VisibleMessages(document, now);
        if (messages.Count == 0)
        {
            // An early entry: move it to the instance's real next work. The rewrite of the instance fences the move
            // against a delivery that read the instance before us (its write now fails, and it lowers the entry again).
            if (await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
            {
                await _work.SetAsync(entry.InstanceId, entry, InstanceRules.NextWorkAt(document, now), cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        document.Lease = new WorkLease(workerId, Guid.NewGuid().ToString("N"), now + lockDuration);
        document.DequeueCount++;
        if (!await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await _work.SetAsync(entry.InstanceId, entry, document.Lease.LockedUntil, cancellationToken).ConfigureAwait(false);
        return new OrchestrationWorkItem(
            document.Record, document.History, messages, document.Lease.Token, document.Lease.LockedUntil, document.DequeueCount);
    }

    /// <summary>
    /// Adds messages to an instance's inbox (creating it for a start message when it does not exist), idempotently by
    /// message id. The work entry is lowered after reading the instance and before writing it (see <see cref="WorkIndex"/>).
    /// </summary>
    private async Task DeliverAsync(string instanceId, IReadOnlyList<TaskMessage> messages, CancellationToken cancellationToken)
    {
        while (true)
        {
            var document = await ReadInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                if (messages.FirstOrDefault(message => message.Event is ExecutionStartedEvent) is not { Event: ExecutionStartedEvent started })
                {
                    return;
                }

                var now = Now;
                var record = new InstanceRecord(
                    instanceId, started.Name, started.ExecutionId, OrchestrationRuntimeStatus.Pending, now, now,
                    Input: started.Input, Parent: started.Parent, ScheduledStartAt: started.ScheduledStartTime);
                document = InstanceDocument.New(record, []);
                foreach (var message in messages)
                {
                    InstanceRules.Accept(document, message);
                }

                await _index.WriteAsync(record, [record.Status], cancellationToken).ConfigureAwait(false);
                await _work.LowerAsync(instanceId, InstanceRules.NextWorkAt(document, now)!.Value, cancellationToken).ConfigureAwait(false);
                if (await _documents.CreateAsync(document, cancellationToken).ConfigureAwait(false))
                {
                    // A worker may have set the entry aside while the document did not exist yet.
                    await _work.LowerAsync(instanceId, InstanceRules.NextWorkAt(document, now)!.Value, cancellationToken).ConfigureAwait(false);
                    return;
                }

                continue;
            }

            var accepted = messages.Count(message => InstanceRules.Accept(document, message));
            if (accepted == 0)
            {
                return;
            }

            if (InstanceRules.NextWorkAt(document, Now) is { } dueAt)
            {
                await _work.LowerAsync(instanceId, dueAt, cancellationToken).ConfigureAwait(false);
            }

            if (await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Stores the outbox's tasks and delivers its messages, then removes them from the outbox; returns the document as written.</summary>
    private async Task<InstanceDocument> DeliverOutboxAsync(InstanceDocument document, CancellationToken cancellationToken)
    {
        var tasks = document.OutboxTasks.ToList();
        var messages = document.OutboxMessages.ToList();
        if (tasks.Count == 0 && messages.Count == 0)
        {
            return document;
        }

        foreach (var task in tasks.Where(task => !InstanceRules.HasResultFor(document, task)))
        {
            var taskDocument = new ActivityTaskDocument
            {
                Id = StoreLayout.ActivityId(task.TaskId),
                Pk = WorkPartitionOf(task.InstanceId),
                Task = task,
                InstanceId = task.InstanceId,
                VisibleAt = StoreLayout.Sortable(Now),
            };

            // False means it exists already: stored by an earlier, interrupted delivery.
            await _documents.CreateAsync(taskDocument, cancellationToken).ConfigureAwait(false);
        }

        await SendMessagesAsync(messages, cancellationToken).ConfigureAwait(false);

        var deliveredTasks = tasks.Select(task => task.TaskId).ToHashSet(StringComparer.Ordinal);
        var deliveredMessages = messages.Select(message => message.MessageId).ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            var removed = document.OutboxTasks.RemoveAll(task => deliveredTasks.Contains(task.TaskId))
                + document.OutboxMessages.RemoveAll(message => deliveredMessages.Contains(message.MessageId));
            if (removed == 0 || await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
            {
                return document;
            }

            document = await ReadInstanceAsync(document.Record.InstanceId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Instance '{document.Record.InstanceId}' vanished while its outbox was delivered.");
        }
    }

    private async Task DeleteActivityTasksAsync(string instanceId, CancellationToken cancellationToken)
    {
        var tasks = await _documents.QueryAsync<ActivityTaskDocument>(
                WorkPartitionOf(instanceId), "c.kind = 'activity' AND c.instanceId = @instanceId", [("@instanceId", instanceId)], cancellationToken)
            .ConfigureAwait(false);
        foreach (var task in tasks)
        {
            await _documents.DeleteAsync(task.Id, task.Pk, ifMatch: null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool Matches(InstanceRecord record, InstanceQuery query)
        => (query.Statuses is null || query.Statuses.Contains(record.Status))
           && !(record.CreatedAt < query.CreatedFrom)
           && !(record.CreatedAt > query.CreatedTo)
           && (string.IsNullOrEmpty(query.InstanceIdPrefix) || record.InstanceId.StartsWith(query.InstanceIdPrefix, StringComparison.Ordinal))
           && (query.Name is null || record.Name == query.Name);

    private static string EncodeContinuation(IndexEntryDocument last)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.CreatedAt}|{last.InstanceId}"));

    private static (string CreatedAt, string InstanceId)? DecodeContinuation(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
        var separator = text.IndexOf('|', StringComparison.Ordinal);
        return separator < 0
            ? throw new ArgumentException("The continuation token is not one this store issued.", nameof(token))
            : (text[..separator], text[(separator + 1)..]);
    }
}
