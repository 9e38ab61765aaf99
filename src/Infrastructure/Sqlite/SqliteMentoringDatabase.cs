using Microsoft.Data.Sqlite;

namespace MentorFlow.Infrastructure.Sqlite;

/// <summary>
/// The mentoring data (programmes, participants, mentors' capacity) in the embedded SQLite file
/// (<c>{DataDirectory}/mentorflow.db</c>), beside the durable store's and the used-link ledger's tables, in tables of
/// its own created when missing. One object per file is shared by the three stores.
/// </summary>
/// <remarks>
/// Like the durable store: WAL (readers never block the writer), <c>synchronous=FULL</c> (a write that returned is on
/// disk), a busy timeout for when another connection or process holds the write lock. Every write is one
/// transaction begun with <c>BEGIN IMMEDIATE</c>, so its checks and its writes see the same data across processes;
/// within this process writers also queue on a gate, so they wait their turn here instead of in SQLite's back-off.
/// </remarks>
public sealed class SqliteMentoringDatabase : IDisposable
{
    public const string DatabaseFileName = "mentorflow.db";

    // Every table keyed by programme first: each query reads one programme's rows.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS mentoring_programmes (
            programme_id TEXT NOT NULL PRIMARY KEY,
            draft TEXT NOT NULL,
            version TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS mentoring_participants (
            programme_id TEXT NOT NULL,
            participant_id TEXT NOT NULL,
            role TEXT NOT NULL,
            draft TEXT NOT NULL,
            enrolled_at TEXT NOT NULL,
            enrolled_at_ticks INTEGER NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (programme_id, participant_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS mentoring_participants_by_role
            ON mentoring_participants (programme_id, role, enrolled_at_ticks, participant_id);
        CREATE TABLE IF NOT EXISTS mentoring_seats (
            programme_id TEXT NOT NULL,
            mentor_id TEXT NOT NULL,
            capacity INTEGER NOT NULL,
            paused INTEGER NOT NULL,
            PRIMARY KEY (programme_id, mentor_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS mentoring_places (
            programme_id TEXT NOT NULL,
            mentee_id TEXT NOT NULL,
            mentor_id TEXT NOT NULL,
            state TEXT NOT NULL,
            PRIMARY KEY (programme_id, mentee_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS mentoring_places_by_mentor ON mentoring_places (programme_id, mentor_id, state);
        """;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _schemaReady;

    public SqliteMentoringDatabase(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Also how long Microsoft.Data.Sqlite retries a statement while another writer holds the file.
            DefaultTimeout = 30,
        }.ToString();
    }

    public static SqliteMentoringDatabase InDataDirectory(string dataDirectory)
        => new(Path.Combine(dataDirectory, DatabaseFileName));

    public void Dispose()
    {
        _schemaGate.Dispose();
        _writeGate.Dispose();
    }

    /// <summary>Runs <paramref name="read"/> on its own connection inside a read transaction: one consistent snapshot.</summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(forWriting: false, cancellationToken);
        // Deferred: a read transaction for one consistent snapshot, never the write lock.
        await using var transaction = connection.BeginTransaction(deferred: true);
        return await read(connection, transaction);
    }

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction begun with <c>BEGIN IMMEDIATE</c> and commits it, so what it
    /// checks still holds when it writes, whoever else writes to the file; nothing is written when it throws.
    /// </summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(forWriting: true, cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(bool forWriting, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per connection, and pooled connections serve reads and writes alike, so every write sets them; a read in
            // WAL mode waits for no writer and syncs nothing, so it skips them (reads run on every enrolment).
            if (forWriting)
            {
                await using var pragmas = connection.CreateCommand();
                // busy_timeout first: another process may be holding the write lock for the length of its batch.
                pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }

            await EnsureSchemaAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            // WAL is a property of the file (the durable store sets it too); IF NOT EXISTS makes creation safe to
            // race with another process doing the same.
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;" + Schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
