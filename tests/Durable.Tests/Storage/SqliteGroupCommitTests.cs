using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Data.Sqlite;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>
/// The SQLite store's group commit: writes queued together share one synced transaction, and no caller hears "done"
/// before that transaction is in the file; when the shared transaction fails, every caller it carried fails and none
/// of their writes is kept, while everything reported done before stays.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private static readonly IReadOnlyCollection<OrchestrationRuntimeStatus> ActiveStatuses = [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running];
    private readonly string _directory = TempDirectory.Create();
    private readonly ManualTimeProvider _clock = new();

    private string DatabasePath => Path.Combine(_directory, "group-commit.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Concurrent_starts_are_each_in_the_file_when_their_call_returns()
    {
        using var writing = new SqliteOrchestrationStore(DatabasePath, _clock);
        using var reading = new SqliteOrchestrationStore(DatabasePath, _clock);
        await writing.InitializeAsync(CancellationToken.None);
        await reading.InitializeAsync(CancellationToken.None);

        var seen = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            var instance = Instance($"enrolment-{i}", _clock.GetUtcNow().UtcDateTime);
            var outcome = await writing.CreateInstanceAsync(instance, Start(instance, instance.CreatedAt), ActiveStatuses, CancellationToken.None);
            return (outcome, found: await reading.GetInstanceAsync(instance.InstanceId, includeHistory: false, CancellationToken.None));
        }));

        Assert.All(seen, s => Assert.Equal(CreateInstanceOutcome.Created, s.outcome));
        Assert.All(seen, s => Assert.NotNull(s.found));
    }

    [Fact]
    public async Task A_shared_transaction_that_does_not_commit_fails_every_write_it_carried_and_keeps_what_was_done_before()
    {
        using var writer = new SqliteWriter(OpenConnection());
        await writer.WriteAsync(s => s.Execute("CREATE TABLE accepted (id TEXT PRIMARY KEY)"), CancellationToken.None);
        using var running = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        var first = writer.WriteAsync(s => { running.Set(); release.Wait(); return Insert(s, "first"); }, CancellationToken.None);
        running.Wait();
        var before = writer.WriteAsync(s => Insert(s, "before"), CancellationToken.None);
        var lost = writer.WriteAsync(s => s.Execute("ROLLBACK"), CancellationToken.None);
        var after = writer.WriteAsync(s => Insert(s, "after"), CancellationToken.None);
        release.Set();

        await first;
        await Assert.ThrowsAnyAsync<Exception>(() => before);
        await Assert.ThrowsAnyAsync<Exception>(() => lost);
        await Assert.ThrowsAnyAsync<Exception>(() => after);
        await writer.WriteAsync(s => Insert(s, "later"), CancellationToken.None);
        Assert.Equal(["first", "later"], ReadAccepted());
    }

    private static int Insert(SqliteSession session, string id) => session.Execute("INSERT INTO accepted (id) VALUES ($id)", ("$id", id));

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private List<string> ReadAccepted()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM accepted ORDER BY id";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
