using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Infrastructure.Sqlite;

/// <summary>
/// Mentors' places in the embedded SQLite file: a seat per mentor and a place per mentee. Each change reads what it
/// checks and writes in one <c>BEGIN IMMEDIATE</c> transaction, so of two journeys asking for a mentor's last place,
/// in this process or another, exactly one gets it. The rules are <see cref="CapacityLedger"/>'s.
/// </summary>
public sealed class SqliteCapacityStore(SqliteMentoringDatabase database) : ICapacityStore
{
    private static readonly string Proposed = EnumText.ToText(HoldingState.Proposed);
    private static readonly string Active = EnumText.ToText(HoldingState.Active);

    public Task JoinAsync(ProgrammeId programme, ParticipantId mentor, int capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO mentoring_seats (programme_id, mentor_id, capacity, paused) VALUES ($programme, $mentor, $capacity, 0)
                ON CONFLICT (programme_id, mentor_id) DO NOTHING;
                """,
                cancellationToken,
                ("$programme", programme.Value),
                ("$mentor", mentor.Value),
                ("$capacity", capacity)),
            cancellationToken);
    }

    public Task<HoldOutcome> TryHoldAsync(ProgrammeId programme, ParticipantId mentee, ParticipantId mentor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                var held = await connection.QueryAsync(
                    transaction,
                    "SELECT mentor_id FROM mentoring_places WHERE programme_id = $programme AND mentee_id = $mentee",
                    reader => reader.GetString(0),
                    cancellationToken,
                    ("$programme", programme.Value),
                    ("$mentee", mentee.Value));
                if (held.Count == 1)
                {
                    // A repeat of this very hold (a retried activity) finds it done.
                    return held[0] == mentor.Value ? HoldOutcome.Held : HoldOutcome.HoldsAnother;
                }

                var seats = await connection.QueryAsync(
                    transaction,
                    """
                    SELECT capacity, paused,
                        (SELECT count(*) FROM mentoring_places p WHERE p.programme_id = s.programme_id AND p.mentor_id = s.mentor_id)
                    FROM mentoring_seats s WHERE programme_id = $programme AND mentor_id = $mentor
                    """,
                    reader => (Capacity: reader.GetInt32(0), Paused: reader.GetBoolean(1), Used: reader.GetInt32(2)),
                    cancellationToken,
                    ("$programme", programme.Value),
                    ("$mentor", mentor.Value));
                if (seats.Count == 0)
                {
                    return HoldOutcome.NotInPool;
                }

                var seat = seats[0];
                if (seat.Paused)
                {
                    return HoldOutcome.Paused;
                }

                if (seat.Used >= seat.Capacity)
                {
                    return HoldOutcome.Full;
                }

                await connection.ExecuteAsync(
                    transaction,
                    "INSERT INTO mentoring_places (programme_id, mentee_id, mentor_id, state) VALUES ($programme, $mentee, $mentor, $state)",
                    cancellationToken,
                    ("$programme", programme.Value),
                    ("$mentee", mentee.Value),
                    ("$mentor", mentor.Value),
                    ("$state", Proposed));
                return HoldOutcome.Held;
            },
            cancellationToken);
    }

    public Task<bool> AcceptAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentee);
        // Accepting an accepted place again is a repeat, and answers true again.
        return database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                transaction,
                "UPDATE mentoring_places SET state = $active WHERE programme_id = $programme AND mentee_id = $mentee",
                cancellationToken,
                ("$active", Active),
                ("$programme", programme.Value),
                ("$mentee", mentee.Value)) == 1,
            cancellationToken);
    }

    public Task<ParticipantId?> ReleaseAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentee);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                var released = await connection.QueryAsync(
                    transaction,
                    "DELETE FROM mentoring_places WHERE programme_id = $programme AND mentee_id = $mentee RETURNING mentor_id",
                    reader => new ParticipantId(reader.GetString(0)),
                    cancellationToken,
                    ("$programme", programme.Value),
                    ("$mentee", mentee.Value));
                return released.SingleOrDefault();
            },
            cancellationToken);
    }

    /// <remarks>Pausing a mentor outside the pool changes nothing and withdraws nothing.</remarks>
    public Task<IReadOnlyList<ParticipantId>> PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentor);
        return database.WriteAsync<IReadOnlyList<ParticipantId>>(
            async (connection, transaction) =>
            {
                var paused = await SetPausedAsync(connection, transaction, programme, mentor, paused: true, cancellationToken);
                if (!paused)
                {
                    return [];
                }

                var withdrawn = await connection.QueryAsync(
                    transaction,
                    "DELETE FROM mentoring_places WHERE programme_id = $programme AND mentor_id = $mentor AND state = $proposed RETURNING mentee_id",
                    reader => reader.GetString(0),
                    cancellationToken,
                    ("$programme", programme.Value),
                    ("$mentor", mentor.Value),
                    ("$proposed", Proposed));
                return [.. withdrawn.Order(StringComparer.Ordinal).Select(id => new ParticipantId(id))];
            },
            cancellationToken);
    }

    public Task ResumeAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentor);
        return database.WriteAsync(
            (connection, transaction) => SetPausedAsync(connection, transaction, programme, mentor, paused: false, cancellationToken),
            cancellationToken);
    }

    public Task<CapacitySnapshot> ReadAsync(ProgrammeId programme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return database.ReadAsync(
            async (connection, transaction) =>
            {
                var seats = await connection.QueryAsync(
                    transaction,
                    "SELECT mentor_id, capacity, paused FROM mentoring_seats WHERE programme_id = $programme ORDER BY mentor_id",
                    reader => new MentorSeat(new ParticipantId(reader.GetString(0)), reader.GetInt32(1), reader.GetBoolean(2)),
                    cancellationToken,
                    ("$programme", programme.Value));
                var places = await connection.QueryAsync(
                    transaction,
                    "SELECT mentee_id, mentor_id, state FROM mentoring_places WHERE programme_id = $programme ORDER BY mentee_id",
                    reader => new Holding(
                        new ParticipantId(reader.GetString(0)),
                        new ParticipantId(reader.GetString(1)),
                        EnumText.Parse<HoldingState>(reader.GetString(2), "state").Value),
                    cancellationToken,
                    ("$programme", programme.Value));
                return new CapacitySnapshot(seats, places);
            },
            cancellationToken);
    }

    private static async Task<bool> SetPausedAsync(
        SqliteConnection connection, SqliteTransaction transaction, ProgrammeId programme, ParticipantId mentor, bool paused, CancellationToken cancellationToken)
        => await connection.ExecuteAsync(
            transaction,
            "UPDATE mentoring_seats SET paused = $paused WHERE programme_id = $programme AND mentor_id = $mentor",
            cancellationToken,
            ("$paused", paused ? 1 : 0),
            ("$programme", programme.Value),
            ("$mentor", mentor.Value)) == 1;
}
