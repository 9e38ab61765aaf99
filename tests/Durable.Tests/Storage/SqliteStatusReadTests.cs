using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Tests.Support;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>
/// The SQLite store's status look-up keeps its connections open between reads: each read must still see every commit
/// made before it, by this store or another one on the same file.
/// </summary>
public sealed class SqliteStatusReadTests : IDisposable
{
    private static readonly IReadOnlyCollection<OrchestrationRuntimeStatus> EveryStatus = Enum.GetValues<OrchestrationRuntimeStatus>();
    private readonly string _directory = TempDirectory.Create();
    private readonly ManualTimeProvider _clock = new();

    private string DatabasePath => Path.Combine(_directory, "statuses.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_status_read_sees_what_another_store_on_the_file_committed_after_the_previous_read()
    {
        using var reading = new SqliteOrchestrationStore(DatabasePath, _clock);
        using var writing = new SqliteOrchestrationStore(DatabasePath, _clock);
        await reading.InitializeAsync(CancellationToken.None);
        await writing.InitializeAsync(CancellationToken.None);

        Assert.Empty(await reading.GetStatusesAsync(["journey:a", "journey:b"], CancellationToken.None));
        var a = Instance("journey:a", _clock.GetUtcNow().UtcDateTime);
        await writing.CreateInstanceAsync(a, Start(a, a.CreatedAt), EveryStatus, CancellationToken.None);
        var afterA = await reading.GetStatusesAsync(["journey:a", "journey:b"], CancellationToken.None);
        await writing.PurgeInstanceAsync("journey:a", CancellationToken.None);
        var afterPurge = await reading.GetStatusesAsync(["journey:a"], CancellationToken.None);

        Assert.Equal(new Dictionary<string, OrchestrationRuntimeStatus> { ["journey:a"] = OrchestrationRuntimeStatus.Pending }, afterA);
        Assert.Empty(afterPurge);
    }

    [Fact]
    public async Task Concurrent_status_reads_each_answer_for_their_own_ids()
    {
        using var store = new SqliteOrchestrationStore(DatabasePath, _clock);
        await store.InitializeAsync(CancellationToken.None);
        for (int i = 0; i < 20; i += 2)
        {
            var instance = Instance($"journey:{i}", _clock.GetUtcNow().UtcDateTime);
            await store.CreateInstanceAsync(instance, Start(instance, instance.CreatedAt), EveryStatus, CancellationToken.None);
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(n => Task.Run(async () =>
        {
            string id = $"journey:{n % 20}";
            return (n, found: (await store.GetStatusesAsync([id], CancellationToken.None)).ContainsKey(id));
        })));

        Assert.All(answers, a => Assert.Equal(a.n % 20 % 2 == 0, a.found));
    }
}
