using MentorFlow.Infrastructure.Links;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Infrastructure.Sqlite;

/// <summary>
/// The used-link ledger in the embedded SQLite file (<c>{DataDirectory}/mentorflow.db</c>), in its own table,
/// created when missing. The primary key makes recording atomic across threads and processes: an insert that
/// meets an existing id changes no row, and that answer is "already used".
/// </summary>
public sealed class SqliteUsedLinkLedger : IUsedLinkLedger
{
    public const string DatabaseFileName = "mentorflow.db";

    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS used_links (
            token_id TEXT NOT NULL PRIMARY KEY,
            expires_at INTEGER NOT NULL,
            used_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;

    private const string Insert = """
        INSERT INTO used_links (token_id, expires_at, used_at) VALUES ($id, $expires, $used)
        ON CONFLICT (token_id) DO NOTHING;
        """;

    private const string Select = "SELECT EXISTS (SELECT 1 FROM used_links WHERE token_id = $id);";

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private volatile bool _schemaReady;

    public SqliteUsedLinkLedger(string databasePath, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        // The default timeout is also how long Microsoft.Data.Sqlite retries while another writer holds the file.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath), DefaultTimeout = 30 }.ToString();
    }

    public static SqliteUsedLinkLedger InDataDirectory(string dataDirectory, TimeProvider clock)
        => new(Path.Combine(dataDirectory, DatabaseFileName), clock);

    public async Task<bool> TryRecordAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenId);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Insert;
        command.Parameters.AddWithValue("$id", tokenId);
        command.Parameters.AddWithValue("$expires", expiresAt.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$used", _clock.GetUtcNow().ToUnixTimeSeconds());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> IsRecordedAsync(string tokenId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenId);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        command.Parameters.AddWithValue("$id", tokenId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        // CREATE TABLE IF NOT EXISTS is safe to race: threads that get here together each run it harmlessly.
        await using var command = connection.CreateCommand();
        command.CommandText = CreateTable;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _schemaReady = true;
    }
}
