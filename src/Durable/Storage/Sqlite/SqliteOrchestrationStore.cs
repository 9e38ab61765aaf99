using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using MentorFlow.Durable.History;
using Microsoft.Data.Sqlite;
using static MentorFlow.Durable.Storage.Sqlite.SqliteRows;

namespace MentorFlow.Durable.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so every commit is on disk before
/// the caller hears of it and a killed process loses no committed step.
/// </summary>
/// <remarks>
/// <para>
/// Writes go through one writer per store object that commits whatever has queued up in one transaction (group
/// commit): a synced commit costs a fraction of a millisecond, and many workers' steps share it. Reads use their own
/// pooled connections, which WAL lets run beside the writer.
/// </para>
/// <para>
/// Several processes may open the same file. Every write transaction starts with <c>BEGIN IMMEDIATE</c>, and leases
/// are rows with a token and an expiry, checked inside the transaction that commits: a worker whose lease expired and
/// was taken cannot commit.
/// </para>
/// <para>
/// Unless the store is opened as the file's only writer (<c>exclusive</c>): then it holds <c>{file}.lock</c> while
/// open, so no other exclusive store writes beside it, and keeps every instance's status in memory, loaded when it is
/// initialised and kept with each commit, so <see cref="GetStatusesAsync"/> reads no database at all. Other processes
/// may still read the file.
/// </para>
/// </remarks>
public sealed class SqliteOrchestrationStore : IOrchestrationStore, IDisposable
{
    /// <summary>
    /// The name of the <see cref="System.Diagnostics.Metrics.Meter"/> whose counters say how many synced commits the
    /// store made (<c>mentorflow.durable.sqlite.commits</c>) and how many writes they carried
    /// (<c>mentorflow.durable.sqlite.writes</c>): their ratio is how well group commit batches.
    /// </summary>
    public const string MeterName = SqliteWriter.MeterName;

    private const int MaxIdleStatusReaders = 8;

    /// <summary>How long opening an exclusive store waits for another holder (a host still stopping) to let go.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(15);

    private static readonly string[] DefaultPurgeStatuses = [.. FinishedStatuses];

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly Lock _startGate = new();
    private SqliteWriter? _writer;
    private readonly ConcurrentBag<StatusReader> _statusReaders = [];
    private readonly FileStream? _exclusiveLock;
    private ConcurrentDictionary<string, OrchestrationRuntimeStatus>? _statusIndex;
    private bool _disposed;

    /// <summary>Creates the store over the database file at <paramref name="databasePath"/> (created when missing).</summary>
    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="clock">The store's clock (message visibility, lease expiry).</param>
    /// <param name="exclusive">
    /// True when this store object is the file's only writer: it takes <c>{databasePath}.lock</c> (waiting up to
    /// <paramref name="lockWait"/>, default <see cref="DefaultLockWait"/>) and answers status look-ups from memory.
    /// </param>
    /// <param name="lockWait">How long an exclusive store waits for the lock.</param>
    /// <exception cref="IOException">An exclusive store: another one has held the file for all of the wait.</exception>
    public SqliteOrchestrationStore(string databasePath, TimeProvider clock, bool exclusive = false, TimeSpan? lockWait = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(clock);
        if (exclusive)
        {
            var wait = lockWait ?? DefaultLockWait;
            _exclusiveLock = ExclusiveFileLock.Take(
                databasePath + ".lock",
                wait,
                $"The store '{databasePath}' is open in another process (waited {wait.TotalSeconds:0.#} s for it to close).");
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _clock = clock;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await StartWriter().WriteAsync(
            session =>
            {
                session.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                var applied = Convert.ToInt32(session.Scalar("SELECT coalesce(max(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
                for (var version = applied + 1; version <= SqliteSchema.Migrations.Count; version++)
                {
                    // DDL is not cached: each migration runs once in the life of a file.
                    using var command = session.Connection.CreateCommand();
                    command.Transaction = session.Transaction;
#pragma warning disable CA2100 // The migrations are constants of this store.
                    command.CommandText = SqliteSchema.Migrations[version - 1];
#pragma warning restore CA2100
                    command.ExecuteNonQuery();
                    session.Execute("INSERT INTO schema_version (version) VALUES ($version)", ("$version", version));
                }

                if (_exclusiveLock is not null)
                {
                    // On the writer's thread: every later commit is applied to the index after this load.
                    Volatile.Write(ref _statusIndex, LoadStatuses(session));
                }

                return applied;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<CreateInstanceOutcome> CreateInstanceAsync(
        InstanceRecord instance,
        TaskMessage startMessage,
        IReadOnlyCollection<OrchestrationRuntimeStatus> dedupeStatuses,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(startMessage);
        ArgumentNullException.ThrowIfNull(dedupeStatuses);
        if (startMessage.TargetInstanceId != instance.InstanceId)
        {
            throw new ArgumentException("The start message must target the instance it starts.", nameof(startMessage));
        }

        var dedupe = dedupeStatuses.Select(Status).ToHashSet(StringComparer.Ordinal);
        return Writer.WriteAsync(
            session =>
            {
                var existing = (string?)session.Scalar(
                    "SELECT status FROM instances WHERE instance_id = $id", ("$id", instance.InstanceId));
                if (existing is not null && dedupe.Contains(existing))
                {
                    return CreateInstanceOutcome.AlreadyExists;
                }

                if (existing is not null)
                {
                    DeleteInstanceRows(session, instance.InstanceId);
                }

                InsertInstance(session, instance);
                InsertMessage(session, startMessage, Now);
                return existing is null ? CreateInstanceOutcome.Created : CreateInstanceOutcome.Replaced;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<(InstanceRecord Instance, IReadOnlyList<HistoryEvent>? History)?> GetInstanceAsync(
        string instanceId, bool includeHistory, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        // Deferred: a read transaction for one consistent snapshot of record and history, never the write lock.
        await using var transaction = connection.BeginTransaction(deferred: true);
        InstanceRecord instance;
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {InstanceColumns} FROM instances WHERE instance_id = $id";
            command.Parameters.AddWithValue("$id", instanceId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            instance = ReadInstance(reader);
        }

        if (!includeHistory)
        {
            return (instance, null);
        }

        var history = new List<HistoryEvent>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT events FROM history WHERE instance_id = $id ORDER BY seq";
            command.Parameters.AddWithValue("$id", instanceId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                history.AddRange(DeserializeEvents(reader.GetString(0)));
            }
        }

        return (instance, history);
    }

    /// <inheritdoc />
    /// <remarks>An exclusive store answers from its status index, allocating nothing.</remarks>
    public ValueTask<OrchestrationRuntimeStatus?> GetStatusAsync(string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        cancellationToken.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _statusIndex) is { } index)
        {
            return ValueTask.FromResult<OrchestrationRuntimeStatus?>(index.TryGetValue(instanceId, out var status) ? status : null);
        }

        return ReadStatusAsync(instanceId, cancellationToken);

        async ValueTask<OrchestrationRuntimeStatus?> ReadStatusAsync(string id, CancellationToken token)
            => (await GetStatusesAsync([id], token)).TryGetValue(id, out var read) ? read : null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// An exclusive store answers from its status index once initialised. Otherwise the read runs on connections kept
    /// open with the statement prepared (a few, taken in turn), since this read sits on the path of every enrolment:
    /// opening a pooled connection and preparing the statement each time cost more than the read. Each execution
    /// outside a transaction reads the latest commit.
    /// </remarks>
    public Task<IReadOnlyDictionary<string, OrchestrationRuntimeStatus>> GetStatusesAsync(
        IReadOnlyList<string> instanceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        cancellationToken.ThrowIfCancellationRequested();
        var statuses = new Dictionary<string, OrchestrationRuntimeStatus>(StringComparer.Ordinal);
        if (instanceIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, OrchestrationRuntimeStatus>>(statuses);
        }

        if (Volatile.Read(ref _statusIndex) is { } index)
        {
            foreach (string instanceId in instanceIds)
            {
                if (index.TryGetValue(instanceId, out var status))
                {
                    statuses[instanceId] = status;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, OrchestrationRuntimeStatus>>(statuses);
        }

        StatusReader reader = _statusReaders.TryTake(out var idle) ? idle : new StatusReader(_connectionString);
        try
        {
            foreach (string instanceId in instanceIds)
            {
                if (reader.Read(instanceId) is { } status)
                {
                    statuses[instanceId] = Enum.Parse<OrchestrationRuntimeStatus>(status);
                }
            }
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        if (Volatile.Read(ref _disposed) || _statusReaders.Count >= MaxIdleStatusReaders)
        {
            reader.Dispose();
        }
        else
        {
            _statusReaders.Add(reader);
        }

        return Task.FromResult<IReadOnlyDictionary<string, OrchestrationRuntimeStatus>>(statuses);
    }

    /// <inheritdoc />
    /// <remarks>Pages are ordered by creation time, then instance id; the token is the last row's key.</remarks>
    public async Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder(
            query.IncludeInputsAndOutputs
                ? $"SELECT {InstanceColumns} FROM instances WHERE 1 = 1"
                : "SELECT instance_id, name, execution_id, status, created_at, last_updated_at, NULL, NULL, NULL, failure, parent, scheduled_start_at FROM instances WHERE 1 = 1");
        AddStatusFilter(sql, command, query.Statuses?.Select(Status).ToList());
        AddCreatedFilter(sql, command, query.CreatedFrom, query.CreatedTo);
        if (query.InstanceIdPrefix is { Length: > 0 } prefix)
        {
            sql.Append(" AND substr(instance_id, 1, length($prefix)) = $prefix");
            command.Parameters.AddWithValue("$prefix", prefix);
        }

        if (query.Name is not null)
        {
            sql.Append(" AND name = $name");
            command.Parameters.AddWithValue("$name", query.Name);
        }

        if (query.ContinuationToken is not null)
        {
            var (afterCreated, afterId) = ParseContinuationToken(query.ContinuationToken);
            sql.Append(" AND (created_at, instance_id) > ($afterCreated, $afterId)");
            command.Parameters.AddWithValue("$afterCreated", afterCreated);
            command.Parameters.AddWithValue("$afterId", afterId);
        }

        sql.Append(" ORDER BY created_at, instance_id LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.PageSize + 1);
#pragma warning disable CA2100 // Built from constant fragments; every value is a parameter.
        command.CommandText = sql.ToString();
#pragma warning restore CA2100

        var instances = new List<InstanceRecord>(query.PageSize);
        var more = false;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (instances.Count == query.PageSize)
                {
                    more = true;
                    break;
                }

                instances.Add(ReadInstance(reader));
            }
        }

        var token = more ? FormatContinuationToken(instances[^1]) : null;
        return new InstancePage(instances, token);
    }

    /// <inheritdoc />
    public Task SendMessagesAsync(IReadOnlyList<TaskMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Writer.WriteAsync(
            session =>
            {
                var now = Now;
                foreach (var message in messages)
                {
                    Deliver(session, message, now);
                }

                return messages.Count;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken)
        => Writer.WriteAsync(session => DeleteInstanceRows(session, instanceId) > 0, cancellationToken);

    /// <inheritdoc />
    public Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statuses = filter.Statuses?.Select(Status).ToArray() ?? DefaultPurgeStatuses;
        var from = Ticks(filter.CreatedFrom) ?? long.MinValue;
        var to = Ticks(filter.CreatedTo) ?? long.MaxValue;
        return Writer.WriteAsync(
            session =>
            {
                var purged = 0;
                foreach (var status in statuses)
                {
                    var ids = new List<string>();
                    using (var reader = session.Query(
                        "SELECT instance_id FROM instances WHERE status = $status AND created_at BETWEEN $from AND $to",
                        ("$status", status), ("$from", from), ("$to", to)))
                    {
                        while (reader.Read())
                        {
                            ids.Add(reader.GetString(0));
                        }
                    }

                    foreach (var id in ids)
                    {
                        purged += DeleteInstanceRows(session, id);
                    }
                }

                return purged;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OrchestrationWorkItem>> LockNextOrchestrationsAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return Writer.WriteAsync<IReadOnlyList<OrchestrationWorkItem>>(
            session =>
            {
                var now = Ticks(Now);
                var ids = new List<string>(maxCount);
                // Walks visible messages oldest first (the visible_at index); the join skips leased instances and
                // messages the instance's status does not act on.
                using (var reader = session.Query(
                    """
                    SELECT m.instance_id FROM inbox m JOIN instances i ON i.instance_id = m.instance_id
                    WHERE m.visible_at <= $now AND i.locked_until <= $now
                      AND (i.status NOT IN ('Suspended', 'Completed', 'Failed', 'Terminated')
                           OR (i.status = 'Suspended' AND m.kind = 1)
                           OR (i.status IN ('Completed', 'Failed', 'Terminated') AND m.kind = 2))
                    ORDER BY m.visible_at, m.seq
                    """,
                    ("$now", now)))
                {
                    while (ids.Count < maxCount && reader.Read())
                    {
                        var id = reader.GetString(0);
                        if (!ids.Contains(id, StringComparer.Ordinal))
                        {
                            ids.Add(id);
                        }
                    }
                }

                var workItems = new List<OrchestrationWorkItem>(ids.Count);
                foreach (var id in ids)
                {
                    workItems.Add(LockInstance(session, id, workerId, now, Ticks(Now + lockDuration)));
                }

                return workItems;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<DateTime> RenewOrchestrationLockAsync(
        OrchestrationWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        return Writer.WriteAsync(
            session =>
            {
                var lockedUntil = Now + lockDuration;
                var changed = session.Execute(
                    "UPDATE instances SET locked_until = $until WHERE instance_id = $id AND lock_token = $token",
                    ("$until", Ticks(lockedUntil)), ("$id", workItem.Instance.InstanceId), ("$token", workItem.LockToken));
                return changed == 1 ? lockedUntil : throw new LeaseLostException(workItem.Instance.InstanceId);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task CompleteOrchestrationAsync(
        OrchestrationWorkItem workItem, OrchestrationStepResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(result);
        var instanceId = workItem.Instance.InstanceId;
        if (result.Instance.InstanceId != instanceId)
        {
            throw new ArgumentException("A step can only update the instance it ran for.", nameof(result));
        }

        return Writer.WriteAsync(
            session =>
            {
                // The record's update checks the lease and comes first: a lost lease is refused before anything is written.
                if (!UpdateLockedInstance(session, result.Instance, workItem.LockToken))
                {
                    throw new LeaseLostException(instanceId);
                }

                var now = Now;
                AppendHistory(session, instanceId, result.NewEvents, result.ReplacesHistory);
                foreach (var messageId in result.ConsumedMessageIds)
                {
                    session.Execute(
                        "DELETE FROM inbox WHERE instance_id = $id AND message_id = $messageId",
                        ("$id", instanceId), ("$messageId", messageId));
                }

                foreach (var task in result.ActivityTasks)
                {
                    InsertActivityTask(session, task);
                }

                if (result.Instance.IsFinished)
                {
                    // A finished instance acts only on starts and rewinds; anything else still waiting is dropped.
                    session.Execute("DELETE FROM inbox WHERE instance_id = $id AND kind <> 2", ("$id", instanceId));
                }

                foreach (var message in result.OutboundMessages)
                {
                    Deliver(session, message, now);
                }

                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Abandoning a lease that was already lost changes nothing: the lease is someone else's now.</remarks>
    public Task AbandonOrchestrationAsync(OrchestrationWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        return Writer.WriteAsync(
            session => session.Execute(
                "UPDATE instances SET lock_owner = NULL, lock_token = NULL, locked_until = $until WHERE instance_id = $id AND lock_token = $token",
                ("$until", Ticks(Now + delay)), ("$id", workItem.Instance.InstanceId), ("$token", workItem.LockToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(
        string workerId, int maxCount, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return Writer.WriteAsync<IReadOnlyList<ActivityWorkItem>>(
            session =>
            {
                var now = Now;
                var lockedUntil = now + lockDuration;
                var token = Guid.NewGuid().ToString("N");
                var workItems = new List<ActivityWorkItem>(maxCount);
                // One token for the whole batch is enough: a token only has to differ from every other lease's.
                using var reader = session.Query(
                    """
                    UPDATE activity_tasks
                    SET lock_owner = $owner, lock_token = $token, locked_until = $until, dequeue_count = dequeue_count + 1
                    WHERE seq IN (SELECT seq FROM activity_tasks WHERE locked_until <= $now ORDER BY locked_until, seq LIMIT $max)
                    RETURNING task_id, instance_id, execution_id, task_scheduled_id, name, input, dequeue_count
                    """,
                    ("$owner", workerId), ("$token", token), ("$until", Ticks(lockedUntil)), ("$now", Ticks(now)), ("$max", maxCount));
                while (reader.Read())
                {
                    var task = new ActivityTask(
                        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), OptionalString(reader, 5));
                    workItems.Add(new ActivityWorkItem(task, token, lockedUntil, reader.GetInt32(6)));
                }

                return workItems;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<DateTime> RenewActivityLockAsync(ActivityWorkItem workItem, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        return Writer.WriteAsync(
            session =>
            {
                var lockedUntil = Now + lockDuration;
                var changed = session.Execute(
                    "UPDATE activity_tasks SET locked_until = $until WHERE task_id = $id AND lock_token = $token",
                    ("$until", Ticks(lockedUntil)), ("$id", workItem.Task.TaskId), ("$token", workItem.LockToken));
                return changed == 1 ? lockedUntil : throw new LeaseLostException(workItem.Task.TaskId);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task CompleteActivityAsync(ActivityWorkItem workItem, TaskMessage result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(result);
        return Writer.WriteAsync(
            session =>
            {
                var removed = session.Execute(
                    "DELETE FROM activity_tasks WHERE task_id = $id AND lock_token = $token",
                    ("$id", workItem.Task.TaskId), ("$token", workItem.LockToken));
                if (removed == 0)
                {
                    throw new LeaseLostException(workItem.Task.TaskId);
                }

                Deliver(session, result, Now);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Abandoning a lease that was already lost changes nothing.</remarks>
    public Task AbandonActivityAsync(ActivityWorkItem workItem, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        return Writer.WriteAsync(
            session => session.Execute(
                "UPDATE activity_tasks SET lock_owner = NULL, lock_token = NULL, locked_until = $until WHERE task_id = $id AND lock_token = $token",
                ("$until", Ticks(Now + delay)), ("$id", workItem.Task.TaskId), ("$token", workItem.LockToken)),
            cancellationToken);
    }

    /// <summary>Stops the writer (after it has committed what was queued) and closes the file.</summary>
    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_statusReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }

        Interlocked.Exchange(ref _writer, null)?.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _exclusiveLock?.Dispose();
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private SqliteWriter Writer => _writer ?? throw new InvalidOperationException("Call InitializeAsync before using the store.");

    private SqliteWriter StartWriter()
    {
        lock (_startGate)
        {
            if (_writer is null)
            {
                var connection = new SqliteConnection(_connectionString);
                connection.Open();
                using var pragmas = connection.CreateCommand();
                // busy_timeout first: another process may be holding the write lock for the length of its batch.
                // WAL: readers never block the writer. FULL: the WAL is synced on every commit, so a commit that
                // returned survives a crash of the process or of the machine. temp_store MEMORY: the savepoint of each
                // write keeps its undo pages (the statement journal) in memory, not in a temporary file written page
                // by page; it is never needed after a crash, since an uncommitted transaction is not in the WAL.
                pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;";
                pragmas.ExecuteNonQuery();
                _writer = new SqliteWriter(connection, _exclusiveLock is null ? null : ApplyCommittedStatuses);
            }

            return _writer;
        }
    }

    private static ConcurrentDictionary<string, OrchestrationRuntimeStatus> LoadStatuses(SqliteSession session)
    {
        var index = new ConcurrentDictionary<string, OrchestrationRuntimeStatus>(StringComparer.Ordinal);
        using var reader = session.Query("SELECT instance_id, status FROM instances");
        while (reader.Read())
        {
            index[reader.GetString(0)] = Enum.Parse<OrchestrationRuntimeStatus>(reader.GetString(1));
        }

        return index;
    }

    // On the writer's thread, after each commit, in commit order.
    private void ApplyCommittedStatuses(IReadOnlyList<(string InstanceId, OrchestrationRuntimeStatus? Status)> changes)
    {
        if (Volatile.Read(ref _statusIndex) is not { } index)
        {
            return;
        }

        foreach ((string instanceId, OrchestrationRuntimeStatus? status) in changes)
        {
            if (status is { } known)
            {
                index[instanceId] = known;
            }
            else
            {
                index.TryRemove(instanceId, out _);
            }
        }
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static void AddStatusFilter(StringBuilder sql, SqliteCommand command, List<string>? statuses)
    {
        if (statuses is null)
        {
            return;
        }

        if (statuses.Count == 0)
        {
            sql.Append(" AND 1 = 0");
            return;
        }

        var names = statuses.Select((_, index) => $"$status{index}").ToList();
        sql.Append(CultureInfo.InvariantCulture, $" AND status IN ({string.Join(", ", names)})");

        for (var index = 0; index < statuses.Count; index++)
        {
            command.Parameters.AddWithValue(names[index], statuses[index]);
        }
    }

    private static void AddCreatedFilter(StringBuilder sql, SqliteCommand command, DateTime? from, DateTime? to)
    {
        if (from is not null)
        {
            sql.Append(" AND created_at >= $from");
            command.Parameters.AddWithValue("$from", Ticks(from.Value));
        }

        if (to is not null)
        {
            sql.Append(" AND created_at <= $to");
            command.Parameters.AddWithValue("$to", Ticks(to.Value));
        }
    }

    private static string FormatContinuationToken(InstanceRecord last)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Ticks(last.CreatedAt).ToString(CultureInfo.InvariantCulture)}:{last.InstanceId}"));

    private static (long CreatedAt, string InstanceId) ParseContinuationToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var separator = text.IndexOf(':', StringComparison.Ordinal);
            return (long.Parse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture), text[(separator + 1)..]);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new ArgumentException("The continuation token is not one this store issued.", nameof(token), exception);
        }
    }

    private static OrchestrationWorkItem LockInstance(SqliteSession session, string instanceId, string workerId, long now, long lockedUntil)
    {
        var token = Guid.NewGuid().ToString("N");
        InstanceRecord instance;
        int dequeueCount;
        using (var reader = session.Query(
            $"""
            UPDATE instances SET lock_owner = $owner, lock_token = $token, locked_until = $until, dequeue_count = dequeue_count + 1
            WHERE instance_id = $id
            RETURNING {InstanceColumns}, dequeue_count
            """,
            ("$owner", workerId), ("$token", token), ("$until", lockedUntil), ("$id", instanceId)))
        {
            reader.Read();
            instance = ReadInstance(reader);
            dequeueCount = reader.GetInt32(12);
        }

        var history = new List<HistoryEvent>();
        using (var reader = session.Query("SELECT events FROM history WHERE instance_id = $id ORDER BY seq", ("$id", instanceId)))
        {
            while (reader.Read())
            {
                history.AddRange(DeserializeEvents(reader.GetString(0)));
            }
        }

        var messages = new List<TaskMessage>();
        using (var reader = session.Query(
            """
            SELECT message_id, execution_id, event, scheduled_at FROM inbox
            WHERE instance_id = $id AND visible_at <= $now ORDER BY visible_at, seq
            """,
            ("$id", instanceId), ("$now", now)))
        {
            while (reader.Read())
            {
                messages.Add(ReadMessage(reader, instanceId));
            }
        }

        return new OrchestrationWorkItem(instance, history, messages, token, Time(lockedUntil), dequeueCount);
    }

    /// <summary>Delivers a message by the rules of the contract: missing targets only for starts, finished ones only for starts and rewinds.</summary>
    private static void Deliver(SqliteSession session, TaskMessage message, DateTime now)
    {
        if (message.Event is not ExecutionStartedEvent)
        {
            // One statement for the common case: stored only if the target exists and acts on it.
            session.Execute(
                """
                INSERT OR IGNORE INTO inbox (instance_id, message_id, execution_id, kind, scheduled_at, visible_at, event)
                SELECT $instanceId, $messageId, $executionId, $kind, $scheduledAt, $visibleAt, $event
                WHERE EXISTS (SELECT 1 FROM instances WHERE instance_id = $instanceId
                              AND ($kind = 2 OR status NOT IN ('Completed', 'Failed', 'Terminated')))
                """,
                MessageParameters(message, now));
            return;
        }

        var status = (string?)session.Scalar(
            "SELECT status FROM instances WHERE instance_id = $id", ("$id", message.TargetInstanceId));
        if (status is null)
        {
            if (message.Event is not ExecutionStartedEvent started)
            {
                return;
            }

            InsertInstance(session, new InstanceRecord(
                message.TargetInstanceId,
                started.Name,
                started.ExecutionId,
                OrchestrationRuntimeStatus.Pending,
                now,
                now,
                started.Input,
                Parent: started.Parent,
                ScheduledStartAt: started.ScheduledStartTime));
        }
        else if (IsFinished(status) && KindOf(message.Event) != ActsOnFinishedKind)
        {
            return;
        }

        InsertMessage(session, message, now);
    }

    private static void InsertMessage(SqliteSession session, TaskMessage message, DateTime now)
        => session.Execute(
            """
            INSERT OR IGNORE INTO inbox (instance_id, message_id, execution_id, kind, scheduled_at, visible_at, event)
            VALUES ($instanceId, $messageId, $executionId, $kind, $scheduledAt, $visibleAt, $event)
            """,
            MessageParameters(message, now));

    private static (string, object?)[] MessageParameters(TaskMessage message, DateTime now) =>
    [
        ("$instanceId", message.TargetInstanceId),
        ("$messageId", message.MessageId),
        ("$executionId", message.TargetExecutionId),
        ("$kind", KindOf(message.Event)),
        ("$scheduledAt", Ticks(message.VisibleAt)),
        ("$visibleAt", Ticks(message.VisibleAt ?? now)),
        ("$event", Serialize(message.Event)),
    ];

    private static void InsertInstance(SqliteSession session, InstanceRecord instance)
    {
        session.Execute(
            $"""
            INSERT INTO instances ({InstanceColumns})
            VALUES ($id, $name, $executionId, $status, $createdAt, $lastUpdatedAt, $input, $output, $customStatus, $failure, $parent, $scheduledStartAt)
            """,
            InstanceParameters(instance));
        session.StatusChanges?.Add((instance.InstanceId, instance.Status));
    }

    /// <summary>Writes the record after a step and releases its lease, if <paramref name="lockToken"/> still holds it.</summary>
    private static bool UpdateLockedInstance(SqliteSession session, InstanceRecord instance, string lockToken)
    {
        bool updated = session.Execute(
            """
            UPDATE instances SET name = $name, execution_id = $executionId, status = $status, created_at = $createdAt,
                last_updated_at = $lastUpdatedAt, input = $input, output = $output, custom_status = $customStatus,
                failure = $failure, parent = $parent, scheduled_start_at = $scheduledStartAt,
                lock_owner = NULL, lock_token = NULL, locked_until = 0, dequeue_count = 0
            WHERE instance_id = $id AND lock_token = $token
            """,
            [.. InstanceParameters(instance), ("$token", lockToken)]) == 1;
        if (updated)
        {
            session.StatusChanges?.Add((instance.InstanceId, instance.Status));
        }

        return updated;
    }

    private static (string, object?)[] InstanceParameters(InstanceRecord instance) =>
    [
        ("$id", instance.InstanceId),
        ("$name", instance.Name),
        ("$executionId", instance.ExecutionId),
        ("$status", Status(instance.Status)),
        ("$createdAt", Ticks(instance.CreatedAt)),
        ("$lastUpdatedAt", Ticks(instance.LastUpdatedAt)),
        ("$input", instance.Input),
        ("$output", instance.Output),
        ("$customStatus", instance.CustomStatus),
        ("$failure", SerializeOptional(instance.Failure)),
        ("$parent", SerializeOptional(instance.Parent)),
        ("$scheduledStartAt", Ticks(instance.ScheduledStartAt)),
    ];

    private static void AppendHistory(SqliteSession session, string instanceId, IReadOnlyList<HistoryEvent> events, bool replace)
    {
        long next;
        if (replace)
        {
            session.Execute("DELETE FROM history WHERE instance_id = $id", ("$id", instanceId));
            next = 0;
        }
        else
        {
            next = (long)session.Scalar("SELECT coalesce(max(seq) + 1, 0) FROM history WHERE instance_id = $id", ("$id", instanceId))!;
        }

        if (events.Count > 0)
        {
            session.Execute(
                "INSERT INTO history (instance_id, seq, events) VALUES ($id, $seq, $events)",
                ("$id", instanceId), ("$seq", next), ("$events", SerializeEvents(events)));
        }
    }

    private static void InsertActivityTask(SqliteSession session, ActivityTask task)
        => session.Execute(
            """
            INSERT OR IGNORE INTO activity_tasks (task_id, instance_id, execution_id, task_scheduled_id, name, input)
            VALUES ($taskId, $instanceId, $executionId, $taskScheduledId, $name, $input)
            """,
            ("$taskId", task.TaskId),
            ("$instanceId", task.InstanceId),
            ("$executionId", task.ExecutionId),
            ("$taskScheduledId", task.TaskScheduledId),
            ("$name", task.Name),
            ("$input", task.Input));

    /// <summary>Deletes every row of an instance; returns 1 when the instance existed.</summary>
    private static int DeleteInstanceRows(SqliteSession session, string instanceId)
    {
        session.Execute("DELETE FROM history WHERE instance_id = $id", ("$id", instanceId));
        session.Execute("DELETE FROM inbox WHERE instance_id = $id", ("$id", instanceId));
        session.Execute("DELETE FROM activity_tasks WHERE instance_id = $id", ("$id", instanceId));
        int deleted = session.Execute("DELETE FROM instances WHERE instance_id = $id", ("$id", instanceId));
        if (deleted > 0)
        {
            session.StatusChanges?.Add((instanceId, null));
        }

        return deleted;
    }

    /// <summary>A connection kept open with the status look-up prepared on it.</summary>
    private sealed class StatusReader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _id;

        public StatusReader(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            _command = _connection.CreateCommand();
            _command.CommandText = "SELECT status FROM instances WHERE instance_id = $id";
            _id = _command.Parameters.Add("$id", SqliteType.Text);
            _id.Value = string.Empty;
            _command.Prepare();
        }

        public string? Read(string instanceId)
        {
            _id.Value = instanceId;
            return _command.ExecuteScalar() as string;
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}
