using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Data.Sqlite;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>
/// Two store objects over one SQLite file, as two worker processes would open it: each sees what the other
/// committed and respects the other's leases.
/// </summary>
public sealed class SqliteSharedFileTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(1);
    private static readonly IReadOnlyCollection<OrchestrationRuntimeStatus> ActiveStatuses = [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running];
    private readonly string _directory = TempDirectory.Create();
    private readonly ManualTimeProvider _clock = new();
    private SqliteOrchestrationStore _first = null!;
    private SqliteOrchestrationStore _second = null!;

    private string DatabasePath => Path.Combine(_directory, "shared.db");

    public async Task InitializeAsync()
    {
        _first = new SqliteOrchestrationStore(DatabasePath, _clock);
        _second = new SqliteOrchestrationStore(DatabasePath, _clock);
        await _first.InitializeAsync(CancellationToken.None);
        await _second.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Each_store_sees_what_the_other_committed()
    {
        var instance = Instance("inst-1", _clock.UtcNow);
        await _first.CreateInstanceAsync(instance, Start(instance, _clock.UtcNow), ActiveStatuses, CancellationToken.None);

        var workItem = Assert.Single(await _second.LockNextOrchestrationsAsync("worker-b", 10, LockDuration, CancellationToken.None));
        await _second.CompleteOrchestrationAsync(workItem, Step(workItem, _clock.UtcNow), CancellationToken.None);

        var seen = await _first.GetInstanceAsync("inst-1", includeHistory: true, CancellationToken.None);
        Assert.NotNull(seen);
        Assert.Equal(OrchestrationRuntimeStatus.Running, seen.Value.Instance.Status);
        Assert.Contains(seen.Value.History!, historyEvent => historyEvent is ExecutionStartedEvent);
    }

    [Fact]
    public async Task A_lease_taken_through_one_store_keeps_the_other_out_until_it_expires()
    {
        var instance = Instance("inst-1", _clock.UtcNow);
        await _first.CreateInstanceAsync(instance, Start(instance, _clock.UtcNow), ActiveStatuses, CancellationToken.None);
        var held = Assert.Single(await _first.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, CancellationToken.None));

        Assert.Empty(await _second.LockNextOrchestrationsAsync("worker-b", 10, LockDuration, CancellationToken.None));
        _clock.Advance(LockDuration);
        var taken = Assert.Single(await _second.LockNextOrchestrationsAsync("worker-b", 10, LockDuration, CancellationToken.None));

        await Assert.ThrowsAsync<LeaseLostException>(
            () => _first.CompleteOrchestrationAsync(held, Step(held, _clock.UtcNow), CancellationToken.None));
        await _second.CompleteOrchestrationAsync(taken, Step(taken, _clock.UtcNow), CancellationToken.None);
        Assert.Equal(2, taken.DequeueCount);
    }

    [Fact]
    public async Task Both_stores_writing_at_once_lose_nothing()
    {
        const int PerStore = 40;
        var writes = Enumerable.Range(0, PerStore).SelectMany(i => new[]
        {
            CreateAsync(_first, $"first-{i}"),
            CreateAsync(_second, $"second-{i}"),
        });

        await Task.WhenAll(writes);

        var page = await _second.QueryInstancesAsync(new InstanceQuery(PageSize: 1000), CancellationToken.None);
        Assert.Equal(2 * PerStore, page.Instances.Count);
        var locked = await _first.LockNextOrchestrationsAsync("worker-a", 1000, LockDuration, CancellationToken.None);
        Assert.Equal(2 * PerStore, locked.Count);
    }

    [Fact]
    public async Task A_store_opened_again_on_the_file_finds_everything_committed_before()
    {
        var instance = Instance("inst-1", _clock.UtcNow);
        await _first.CreateInstanceAsync(instance, Start(instance, _clock.UtcNow), ActiveStatuses, CancellationToken.None);
        _first.Dispose();
        _second.Dispose();

        _first = new SqliteOrchestrationStore(DatabasePath, _clock);
        _second = new SqliteOrchestrationStore(DatabasePath, _clock);
        await _first.InitializeAsync(CancellationToken.None);
        await _second.InitializeAsync(CancellationToken.None);

        var workItem = Assert.Single(await _first.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, CancellationToken.None));
        Assert.Equal(instance, workItem.Instance);
    }

    [Fact]
    public async Task Reading_does_not_wait_for_another_process_holding_the_write_lock()
    {
        var instance = Instance("inst-1", _clock.UtcNow);
        await _first.CreateInstanceAsync(instance, Start(instance, _clock.UtcNow), ActiveStatuses, CancellationToken.None);
        using var otherProcess = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        otherProcess.Open();
        using var writeLock = otherProcess.BeginTransaction(deferred: false);

        // Were the read to take the write lock, it would wait out the busy timeout (30 s) and this guard would trip.
        var read = await _second.GetInstanceAsync("inst-1", includeHistory: true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(instance, read!.Value.Instance);
        var page = await _second.QueryInstancesAsync(new InstanceQuery(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(page.Instances);
    }

    private Task CreateAsync(SqliteOrchestrationStore store, string instanceId)
    {
        var instance = Instance(instanceId, _clock.UtcNow);
        return store.CreateInstanceAsync(instance, Start(instance, _clock.UtcNow), ActiveStatuses, CancellationToken.None);
    }
}
