using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Durable.Storage.Sqlite;

/// <summary>
/// The single writer of one store object: every write (a step, an activity result, a lock, a send) is queued here,
/// and one thread commits whatever has queued up as one transaction, so one synced commit serves many callers
/// (group commit). Each caller's part runs inside its own savepoint: a part that fails (a lost lease) is rolled back
/// alone and fails only its caller. No caller hears "done" before the shared commit is on disk.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private const int MaxBatchSize = 256;

    /// <summary>The meter of the SQLite store: how many synced commits it made, and how many writes they carried.</summary>
    public const string MeterName = "MentorFlow.Durable.Sqlite";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Commits = Meter.CreateCounter<long>("mentorflow.durable.sqlite.commits", description: "Synced transactions committed.");
    private static readonly Counter<long> Writes = Meter.CreateCounter<long>("mentorflow.durable.sqlite.writes", description: "Writes (steps, results, locks, sends) carried by those commits.");

    private readonly SqliteSession _session;
    private readonly BlockingCollection<PendingWrite> _queue = [];
    private readonly Thread _thread;
    private readonly Action<IReadOnlyList<(string InstanceId, OrchestrationRuntimeStatus? Status)>>? _statusesCommitted;

    /// <param name="connection">The open connection the writer owns.</param>
    /// <param name="statusesCommitted">
    /// When given, the instance rows each commit inserted, updated or deleted are collected and handed to it after the
    /// commit and before any caller of the batch hears of it (a part rolled back contributes nothing).
    /// </param>
    public SqliteWriter(SqliteConnection connection, Action<IReadOnlyList<(string InstanceId, OrchestrationRuntimeStatus? Status)>>? statusesCommitted = null)
    {
        _statusesCommitted = statusesCommitted;
        _session = new SqliteSession(connection) { StatusChanges = statusesCommitted is null ? null : [] };
        _thread = new Thread(Run) { IsBackground = true, Name = "MentorFlow SQLite writer" };
        _thread.Start();
    }

    /// <summary>Queues <paramref name="write"/> and completes once the transaction holding it has committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> write, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite<T>(write, cancellationToken);
        try
        {
            _queue.Add(pending, CancellationToken.None);
        }
        catch (InvalidOperationException exception)
        {
            throw new ObjectDisposedException("The SQLite orchestration store has been disposed.", exception);
        }

        return pending.Task;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
        _session.Dispose();
    }

    private void Run()
    {
        var batch = new List<PendingWrite>(MaxBatchSize);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < MaxBatchSize && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            CommitBatch(batch);
            batch.Clear();
        }
    }

    private void CommitBatch(List<PendingWrite> batch)
    {
        _session.StatusChanges?.Clear();
        try
        {
            // BEGIN IMMEDIATE: take the write lock up front, so another process cannot slip in between our reads
            // (which lease is free, which token is current) and our writes.
            using (var transaction = _session.Connection.BeginTransaction(deferred: false))
            {
                _session.Transaction = transaction;
                foreach (var write in batch)
                {
                    RunInSavepoint(write);
                }

                transaction.Commit();
            }

            Commits.Add(1);
            Writes.Add(batch.Count);
            if (_session.StatusChanges is { Count: > 0 } changes)
            {
                _statusesCommitted!(changes);
            }

            foreach (var write in batch)
            {
                write.Publish();
            }
        }
#pragma warning disable CA1031 // The failure of the shared commit is handed to every caller of the batch.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            foreach (var write in batch)
            {
                write.Fail(exception);
            }
        }
        finally
        {
            _session.Transaction = null;
        }
    }

    private void RunInSavepoint(PendingWrite write)
    {
        if (write.IsCancellationRequested)
        {
            write.Cancel();
            return;
        }

        _session.Execute("SAVEPOINT part");
        int changesBefore = _session.StatusChanges?.Count ?? 0;
        try
        {
            write.Run(_session);
            _session.Execute("RELEASE part");
        }
#pragma warning disable CA1031 // One caller's failure (a lost lease) is that caller's result, not the batch's.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _session.Execute("ROLLBACK TO part");
            _session.Execute("RELEASE part");
            _session.StatusChanges?.RemoveRange(changesBefore, _session.StatusChanges.Count - changesBefore);
            write.Fail(exception);
        }
    }

    private abstract class PendingWrite
    {
        public abstract bool IsCancellationRequested { get; }

        public abstract void Run(SqliteSession session);

        public abstract void Publish();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    private sealed class PendingWrite<T>(Func<SqliteSession, T> write, CancellationToken cancellationToken) : PendingWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private bool _settled;

        public Task<T> Task => _completion.Task;

        public override bool IsCancellationRequested => cancellationToken.IsCancellationRequested;

        public override void Run(SqliteSession session) => _result = write(session);

        public override void Publish()
        {
            if (!_settled)
            {
                _completion.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception exception)
        {
            _settled = true;
            _completion.TrySetException(exception);
        }

        public override void Cancel()
        {
            _settled = true;
            _completion.TrySetCanceled(cancellationToken);
        }
    }
}
