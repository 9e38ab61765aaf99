using System.Globalization;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Infrastructure.Sqlite;

/// <summary>
/// Accepted enrolments in the embedded SQLite file, one row per programme and participant, the draft as JSON. The
/// primary key makes the first enrolment win across threads and processes.
/// </summary>
public sealed class SqliteParticipantStore(SqliteMentoringDatabase database) : IParticipantStore
{
    private const string Columns = "programme_id, participant_id, role, draft, enrolled_at, status";

    private const string Insert = """
        INSERT INTO mentoring_participants (programme_id, participant_id, role, draft, enrolled_at, enrolled_at_ticks, status)
        VALUES ($programme, $id, $role, $draft, $enrolledAt, $ticks, $status)
        ON CONFLICT (programme_id, participant_id) DO NOTHING;
        """;

    // The role in the WHERE is the condition: the row changes only while it still holds the mentee's enrolment.
    private const string ReplaceMentee = """
        UPDATE mentoring_participants
        SET role = $role, draft = $draft, enrolled_at = $enrolledAt, enrolled_at_ticks = $ticks, status = $status
        WHERE programme_id = $programme AND participant_id = $id AND role = $mentee;
        """;

    public Task<StoredParticipant> AddAsync(StoredParticipant participant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(transaction, Insert, cancellationToken, RowOf(participant));
                return (await ReadOneAsync(connection, transaction, participant.Programme, participant.Id, cancellationToken))!;
            },
            cancellationToken);
    }

    public Task<StoredParticipant?> ReplaceMenteeAsync(StoredParticipant mentor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(
                    transaction, ReplaceMentee, cancellationToken, [.. RowOf(mentor), ("$mentee", EnumText.ToText(EnrolmentRole.Mentee))]);
                return await ReadOneAsync(connection, transaction, mentor.Programme, mentor.Id, cancellationToken);
            },
            cancellationToken);
    }

    public Task<StoredParticipant?> GetAsync(ProgrammeId programme, ParticipantId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(id);
        return database.ReadAsync((connection, transaction) => ReadOneAsync(connection, transaction, programme, id, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<StoredParticipant>> ListAsync(ProgrammeId programme, EnrolmentRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return database.ReadAsync<IReadOnlyList<StoredParticipant>>(
            async (connection, transaction) => await connection.QueryAsync(
                transaction,
                $"SELECT {Columns} FROM mentoring_participants WHERE programme_id = $programme AND role = $role ORDER BY enrolled_at_ticks, participant_id",
                Read,
                cancellationToken,
                ("$programme", programme.Value),
                ("$role", EnumText.ToText(role))),
            cancellationToken);
    }

    public Task<bool> SetStatusAsync(ProgrammeId programme, ParticipantId id, ParticipantStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(id);
        return database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                transaction,
                "UPDATE mentoring_participants SET status = $status WHERE programme_id = $programme AND participant_id = $id",
                cancellationToken,
                ("$status", EnumText.ToText(status)),
                ("$programme", programme.Value),
                ("$id", id.Value)) == 1,
            cancellationToken);
    }

    private static (string Name, object? Value)[] RowOf(StoredParticipant participant) =>
    [
        ("$programme", participant.Programme.Value),
        ("$id", participant.Id.Value),
        ("$role", EnumText.ToText(participant.Role)),
        ("$draft", MentoringJson.Serialize(participant.Draft)),
        ("$enrolledAt", participant.EnrolledAt.ToString("O", CultureInfo.InvariantCulture)),
        ("$ticks", participant.EnrolledAt.UtcTicks),
        ("$status", EnumText.ToText(participant.Status)),
    ];

    private static async Task<StoredParticipant?> ReadOneAsync(
        SqliteConnection connection, SqliteTransaction transaction, ProgrammeId programme, ParticipantId id, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            transaction,
            $"SELECT {Columns} FROM mentoring_participants WHERE programme_id = $programme AND participant_id = $id",
            Read,
            cancellationToken,
            ("$programme", programme.Value),
            ("$id", id.Value));
        return rows.SingleOrDefault();
    }

    private static StoredParticipant Read(SqliteDataReader reader) => new(
        ProgrammeId.Parse(reader.GetString(0), "programme_id").Value,
        new ParticipantId(reader.GetString(1)),
        EnumText.Parse<EnrolmentRole>(reader.GetString(2), "role").Value,
        MentoringJson.Deserialize<EnrolmentDraft>(reader.GetString(3)),
        DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        EnumText.Parse<ParticipantStatus>(reader.GetString(5), "status").Value);
}
