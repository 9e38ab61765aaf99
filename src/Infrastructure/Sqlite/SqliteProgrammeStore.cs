using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Infrastructure.Sqlite;

/// <summary>
/// Programmes in the embedded SQLite file, each kept as its draft's JSON. The version is a digest of that JSON: it
/// changes with every write that changes the programme, and a repeated write of the same draft (a retry) finds the
/// programme as it wants it and changes nothing, so it succeeds again with the same version.
/// </summary>
public sealed class SqliteProgrammeStore(SqliteMentoringDatabase database) : IProgrammeStore
{
    private const string Select = "SELECT draft, version, updated_at FROM mentoring_programmes WHERE programme_id = $id";

    private const string Upsert = """
        INSERT INTO mentoring_programmes (programme_id, draft, version, updated_at) VALUES ($id, $draft, $version, $at)
        ON CONFLICT (programme_id) DO UPDATE SET draft = excluded.draft, version = excluded.version, updated_at = excluded.updated_at;
        """;

    public Task<StoredProgramme?> GetAsync(ProgrammeId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return database.ReadAsync((connection, transaction) => ReadAsync(connection, transaction, id, cancellationToken), cancellationToken);
    }

    public Task<StoredProgramme?> TryAddAsync(ProgrammeId id, ProgrammeDraft draft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(draft);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                if (await ReadAsync(connection, transaction, id, cancellationToken) is not null)
                {
                    return null;
                }

                return await WriteAsync(connection, transaction, id, draft, at, cancellationToken);
            },
            cancellationToken);
    }

    public Task<StoredProgramme?> PutAsync(ProgrammeId id, ProgrammeDraft draft, string? expectedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(draft);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                var stored = await ReadAsync(connection, transaction, id, cancellationToken);
                var json = MentoringJson.Serialize(draft);
                if (stored is not null && VersionOf(json) == stored.Version)
                {
                    return stored;
                }

                if (expectedVersion is not null && stored?.Version != expectedVersion)
                {
                    return null;
                }

                return await WriteAsync(connection, transaction, id, draft, at, cancellationToken);
            },
            cancellationToken);
    }

    private static async Task<StoredProgramme?> ReadAsync(SqliteConnection connection, SqliteTransaction transaction, ProgrammeId id, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            transaction,
            Select,
            reader => new StoredProgramme(
                MentoringJson.Deserialize<ProgrammeDraft>(reader.GetString(0)),
                reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)),
            cancellationToken,
            ("$id", id.Value));
        return rows.SingleOrDefault();
    }

    private static async Task<StoredProgramme?> WriteAsync(
        SqliteConnection connection, SqliteTransaction transaction, ProgrammeId id, ProgrammeDraft draft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var json = MentoringJson.Serialize(draft);
        var stored = new StoredProgramme(draft, VersionOf(json), at);
        await connection.ExecuteAsync(
            transaction,
            Upsert,
            cancellationToken,
            ("$id", id.Value),
            ("$draft", json),
            ("$version", stored.Version),
            ("$at", at.ToString("O", CultureInfo.InvariantCulture)));
        return stored;
    }

    private static string VersionOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)), 0, 12);
}
