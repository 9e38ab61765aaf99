using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Tests.Support;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>
/// The SQLite store's status look-up keeps its connections open between reads: each read must still see every commit
/// made before it, by this store or another one on the same file. An exclusive store answers from memory instead: it
/// must answer as the file would, from opening (what earlier stores committed) through its own creates, steps and
/// purges, and it keeps a second exclusive store off the file.
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

    [Fact]
    public async Task An_exclusive_store_answers_statuses_as_its_file_holds_them_through_creates_steps_and_purges()
    {
        using var store = new SqliteOrchestrationStore(DatabasePath, _clock, exclusive: true);
        await store.InitializeAsync(CancellationToken.None);
        DateTime now = _clock.GetUtcNow().UtcDateTime;
        foreach (string id in new[] { "journey:a", "journey:b", "journey:c" })
        {
            var instance = Instance(id, now);
            await store.CreateInstanceAsync(instance, Start(instance, now), EveryStatus, CancellationToken.None);
        }

        var afterCreates = await store.GetStatusesAsync(["journey:a", "journey:b", "journey:c", "journey:d"], CancellationToken.None);
        var work = await store.LockNextOrchestrationsAsync("worker", 10, TimeSpan.FromMinutes(1), CancellationToken.None);
        var a = Assert.Single(work, w => w.Instance.InstanceId == "journey:a");
        var b = Assert.Single(work, w => w.Instance.InstanceId == "journey:b");
        await store.CompleteOrchestrationAsync(a, Step(a, now, OrchestrationRuntimeStatus.Completed), CancellationToken.None);
        await store.CompleteOrchestrationAsync(b, Step(b, now, OrchestrationRuntimeStatus.Running), CancellationToken.None);
        await store.PurgeInstanceAsync("journey:c", CancellationToken.None);
        var afterSteps = await store.GetStatusesAsync(["journey:a", "journey:b", "journey:c"], CancellationToken.None);
        await store.PurgeInstancesAsync(new PurgeFilter(), CancellationToken.None);
        var afterPurgeOfFinished = await store.GetStatusesAsync(["journey:a", "journey:b"], CancellationToken.None);

        Assert.Equal(3, afterCreates.Count);
        Assert.All(afterCreates.Values, status => Assert.Equal(OrchestrationRuntimeStatus.Pending, status));
        Assert.Equal(
            new Dictionary<string, OrchestrationRuntimeStatus>
            {
                ["journey:a"] = OrchestrationRuntimeStatus.Completed,
                ["journey:b"] = OrchestrationRuntimeStatus.Running,
            },
            afterSteps);
        Assert.Equal(new Dictionary<string, OrchestrationRuntimeStatus> { ["journey:b"] = OrchestrationRuntimeStatus.Running }, afterPurgeOfFinished);
    }

    [Fact]
    public async Task A_step_whose_lease_was_lost_leaves_the_exclusive_stores_status_as_it_was()
    {
        using var store = new SqliteOrchestrationStore(DatabasePath, _clock, exclusive: true);
        await store.InitializeAsync(CancellationToken.None);
        DateTime now = _clock.GetUtcNow().UtcDateTime;
        var instance = Instance("journey:a", now);
        await store.CreateInstanceAsync(instance, Start(instance, now), EveryStatus, CancellationToken.None);
        var stale = Assert.Single(await store.LockNextOrchestrationsAsync("first", 1, TimeSpan.FromSeconds(10), CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(11));
        var current = Assert.Single(await store.LockNextOrchestrationsAsync("second", 1, TimeSpan.FromSeconds(10), CancellationToken.None));
        await store.CompleteOrchestrationAsync(current, Step(current, now, OrchestrationRuntimeStatus.Running), CancellationToken.None);

        await Assert.ThrowsAsync<LeaseLostException>(
            () => store.CompleteOrchestrationAsync(stale, Step(stale, now, OrchestrationRuntimeStatus.Failed), CancellationToken.None));

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await store.GetStatusesAsync(["journey:a"], CancellationToken.None))["journey:a"]);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await store.GetInstanceAsync("journey:a", false, CancellationToken.None))!.Value.Instance.Status);
    }

    [Fact]
    public async Task An_exclusive_store_opened_on_an_existing_file_knows_what_was_committed_before()
    {
        DateTime now = _clock.GetUtcNow().UtcDateTime;
        using (var earlier = new SqliteOrchestrationStore(DatabasePath, _clock))
        {
            await earlier.InitializeAsync(CancellationToken.None);
            var instance = Instance("journey:a", now);
            await earlier.CreateInstanceAsync(instance, Start(instance, now), EveryStatus, CancellationToken.None);
        }

        using var store = new SqliteOrchestrationStore(DatabasePath, _clock, exclusive: true);
        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal(
            new Dictionary<string, OrchestrationRuntimeStatus> { ["journey:a"] = OrchestrationRuntimeStatus.Pending },
            await store.GetStatusesAsync(["journey:a", "journey:b"], CancellationToken.None));
    }

    [Fact]
    public async Task A_second_exclusive_store_on_the_file_is_refused_until_the_first_is_closed()
    {
        var first = new SqliteOrchestrationStore(DatabasePath, _clock, exclusive: true);
        await first.InitializeAsync(CancellationToken.None);

        var refused = Assert.Throws<IOException>(() => new SqliteOrchestrationStore(DatabasePath, _clock, exclusive: true, lockWait: TimeSpan.FromMilliseconds(200)));
        first.Dispose();
        using var second = new SqliteOrchestrationStore(DatabasePath, _clock, exclusive: true, lockWait: TimeSpan.FromMilliseconds(200));
        await second.InitializeAsync(CancellationToken.None);

        Assert.Contains(DatabasePath, refused.Message, StringComparison.Ordinal);
    }
}
