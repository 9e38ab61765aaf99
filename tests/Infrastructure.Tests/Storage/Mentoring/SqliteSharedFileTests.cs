using MentorFlow.Domain.Enrolments;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;
using static MentorFlow.Infrastructure.Tests.Storage.Mentoring.MentoringData;

namespace MentorFlow.Infrastructure.Tests.Storage.Mentoring;

public sealed class SqliteSharedFileTests : IDisposable
{
    private readonly SqliteStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task The_mentoring_tables_live_beside_the_durable_store_in_one_file_in_wal_mode()
    {
        using (var durable = new SqliteOrchestrationStore(_file.Path, TimeProvider.System))
        {
            await durable.InitializeAsync(Ct);
        }

        var programme = NewProgrammeId();
        var database = _file.Open();
        await new SqliteProgrammeStore(database).TryAddAsync(programme, Programme(programme), At, Ct);
        await new SqliteCapacityStore(database).JoinAsync(programme, new ParticipantId("p-eve"), 2, Ct);

        await using var connection = new SqliteConnection($"Data Source={_file.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'instances'),
                   (SELECT count(*) FROM mentoring_programmes),
                   (SELECT count(*) FROM mentoring_seats);
            PRAGMA journal_mode;
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal([1L, 1L, 1L], [reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)]);
        Assert.True(await reader.NextResultAsync());
        Assert.True(await reader.ReadAsync());
        Assert.Equal("wal", reader.GetString(0));
    }

    [Fact]
    public async Task A_database_object_creates_its_tables_in_a_file_that_did_not_exist()
    {
        var programme = NewProgrammeId();

        await new SqliteParticipantStore(_file.Open()).AddAsync(Participant(programme, "p-ada", Mentee("Ada")), Ct);

        Assert.True(File.Exists(_file.Path));
        Assert.Single(await new SqliteParticipantStore(_file.Open()).ListAsync(programme, EnrolmentRole.Mentee, Ct));
    }
}
