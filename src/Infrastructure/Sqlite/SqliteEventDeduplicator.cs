using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Infrastructure.Sqlite;

/// <summary>
/// The handled SendGrid webhook events in the embedded SQLite file (<c>{DataDirectory}/mentorflow.db</c>), in their
/// own table, created when missing. Recording an event also deletes the ids past the retention, so the table stays
/// as small as the traffic of the retention period; a read ignores an id past the retention not yet deleted.
/// </summary>
public sealed class SqliteEventDeduplicator : IEventDeduplicator
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS sendgrid_events (
            event_id TEXT NOT NULL PRIMARY KEY,
            handled_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS sendgrid_events_by_age ON sendgrid_events (handled_at);
        """;

    private const string Record = """
        INSERT INTO sendgrid_events (event_id, handled_at) VALUES ($id, $now)
        ON CONFLICT (event_id) DO UPDATE SET handled_at = excluded.handled_at;
        DELETE FROM sendgrid_events WHERE handled_at < $oldest;
        """;

    private const string Select = "SELECT EXISTS (SELECT 1 FROM sendgrid_events WHERE event_id = $id AND handled_at >= $oldest);";

    private readonly string _connectionString;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _clock;
    private volatile bool _schemaReady;

    public SqliteEventDeduplicator(string databasePath, TimeSpan retention, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(clock);
        _retention = retention;
        _clock = clock;
        // The default timeout is also how long Microsoft.Data.Sqlite retries while another writer holds the file.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath), DefaultTimeout = 30 }.ToString();
    }

    public async ValueTask<bool> IsHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        command.Parameters.AddWithValue("$id", eventId);
        command.Parameters.AddWithValue("$oldest", Oldest());
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public async ValueTask MarkHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Record;
        command.Parameters.AddWithValue("$id", eventId);
        command.Parameters.AddWithValue("$now", _clock.GetUtcNow().ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$oldest", Oldest());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private long Oldest() => (_clock.GetUtcNow() - _retention).ToUnixTimeSeconds();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!_schemaReady)
            {
                // CREATE ... IF NOT EXISTS is safe to race: threads that get here together each run it harmlessly.
                await using var command = connection.CreateCommand();
                command.CommandText = CreateTable;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
