using MentorFlow.Durable.Client;
using MentorFlow.Durable.Client.Journal;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Tests.Support;
using MentorFlow.Durable.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace MentorFlow.Durable.Tests.Journal;

/// <summary>
/// The journaled client over a real SQLite file: a start that may never replace is accepted into the journal, is a
/// Pending instance to every read until the pump creates it in the store, and is created exactly once, across restarts.
/// </summary>
public sealed class JournaledClientTests : IDisposable
{
    private static readonly OrchestrationRuntimeStatus[] EveryStatus = Enum.GetValues<OrchestrationRuntimeStatus>();
    private readonly string _directory = TempDirectory.Create();
    private readonly ManualTimeProvider _clock = new();

    private string DatabasePath => Path.Combine(_directory, "store.db");

    private string JournalDirectory => Path.Combine(_directory, "journal");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_journaled_start_is_pending_to_reads_and_refuses_a_second_start_before_the_store_has_it()
    {
        using var store = await OpenStoreAsync();
        using var client = NewClient(store);

        string id = await client.ScheduleNewOrchestrationInstanceAsync("Journey", new { name = "Ana" }, Once("journey:ana"));

        Assert.Equal("journey:ana", id);
        Assert.Null(await store.GetInstanceAsync(id, includeHistory: false, CancellationToken.None));
        var pending = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, pending!.RuntimeStatus);
        Assert.Equal("Journey", pending.Name);
        Assert.Equal("""{"name":"Ana"}""", pending.SerializedInput);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await client.GetInstanceStatusesAsync([id, "journey:nobody"]))[id]);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, await client.GetInstanceStatusAsync(id));
        Assert.Null(await client.GetInstanceStatusAsync("journey:nobody"));
        Assert.False((await client.GetInstanceStatusesAsync([id, "journey:nobody"])).ContainsKey("journey:nobody"));
        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(
            () => client.ScheduleNewOrchestrationInstanceAsync("Journey", new { name = "Ana again" }, Once("journey:ana")));
        Assert.Equal(1, client.PendingCount);
        Assert.Empty(client.Pending.Writing); // synced: kept only as its id's hash and its record's place
    }

    [Fact]
    public async Task The_pump_creates_each_journaled_start_in_the_store_once_with_its_input_and_acceptance_time()
    {
        using var store = await OpenStoreAsync();
        using var client = NewClient(store);
        for (int i = 0; i < 50; i++)
        {
            await client.ScheduleNewOrchestrationInstanceAsync("Journey", new { n = i }, Once($"journey:{i}"));
        }

        await PumpUntilEmptyAsync(client);

        var statuses = await store.GetStatusesAsync([.. Enumerable.Range(0, 50).Select(i => $"journey:{i}")], CancellationToken.None);
        Assert.Equal(50, statuses.Count);
        Assert.All(statuses.Values, s => Assert.Equal(OrchestrationRuntimeStatus.Pending, s));
        var seventh = (await store.GetInstanceAsync("journey:7", includeHistory: false, CancellationToken.None))!.Value.Instance;
        Assert.Equal("""{"n":7}""", seventh.Input);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, seventh.CreatedAt);
        Assert.Equal(0, client.PendingCount);
    }

    [Fact]
    public async Task Starts_left_in_the_journal_by_a_stop_are_pending_after_reopening_and_created_once_even_when_applied_twice()
    {
        using var store = await OpenStoreAsync();
        using (var first = NewClient(store))
        {
            await first.ScheduleNewOrchestrationInstanceAsync("Journey", "kept", Once("journey:kept"));
            await first.ScheduleNewOrchestrationInstanceAsync("Journey", "applied", Once("journey:applied"));
            await first.EnsureStartedAsync("journey:applied");
        }

        string appliedExecution = (await store.GetInstanceAsync("journey:applied", false, CancellationToken.None))!.Value.Instance.ExecutionId;
        using (var second = NewClient(store))
        {
            Assert.Equal(OrchestrationRuntimeStatus.Pending, (await second.GetInstanceAsync("journey:kept"))!.RuntimeStatus);
            await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(
                () => second.ScheduleNewOrchestrationInstanceAsync("Journey", "again", Once("journey:kept")));
            await PumpUntilEmptyAsync(second);
        }

        Assert.Equal("\"kept\"", (await store.GetInstanceAsync("journey:kept", false, CancellationToken.None))!.Value.Instance.Input);
        Assert.Equal(appliedExecution, (await store.GetInstanceAsync("journey:applied", false, CancellationToken.None))!.Value.Instance.ExecutionId);
    }

    [Fact]
    public async Task Acting_on_a_pending_start_creates_it_in_the_store_first()
    {
        using var store = await OpenStoreAsync();
        using var client = NewClient(store);
        await client.ScheduleNewOrchestrationInstanceAsync("Journey", null, Once("journey:ended-early"));

        var result = await client.TerminateInstanceAsync("journey:ended-early", "withdrawn");

        Assert.Equal(InstanceOperationResult.Accepted, result);
        Assert.NotNull(await store.GetInstanceAsync("journey:ended-early", false, CancellationToken.None));
        Assert.Equal(0, client.PendingCount);
    }

    [Fact]
    public async Task An_instance_query_lists_the_pending_starts_it_matches_and_leaves_the_others_pending()
    {
        using var store = await OpenStoreAsync();
        using var client = NewClient(store);
        await client.ScheduleNewOrchestrationInstanceAsync("Journey", null, Once("journey:p1:ana"));
        await client.ScheduleNewOrchestrationInstanceAsync("Journey", null, Once("journey:p1:ben"));
        await client.ScheduleNewOrchestrationInstanceAsync("Journey", null, Once("journey:p2:cleo"));

        var listed = await client.GetInstancesAsync(new InstanceQuery(InstanceIdPrefix: "journey:p1:"));
        var runningOnly = await client.GetInstancesAsync(new InstanceQuery(Statuses: [OrchestrationRuntimeStatus.Running]));

        Assert.Equal(["journey:p1:ana", "journey:p1:ben"], listed.Instances.Select(i => i.InstanceId).Order());
        Assert.All(listed.Instances, i => Assert.Equal(OrchestrationRuntimeStatus.Pending, i.RuntimeStatus));
        Assert.Empty(runningOnly.Instances);
        Assert.Equal(1, client.PendingCount);
        Assert.Null(await store.GetInstanceAsync("journey:p2:cleo", false, CancellationToken.None));
    }

    [Fact]
    public async Task A_start_that_may_replace_or_waits_for_a_time_goes_to_the_store_directly()
    {
        using var store = await OpenStoreAsync();
        using var client = NewClient(store);

        await client.ScheduleNewOrchestrationInstanceAsync("Journey", null, new StartOrchestrationOptions("run:1"));
        await client.ScheduleNewOrchestrationInstanceAsync("Journey", null, new StartOrchestrationOptions("run:2", StartAt: _clock.GetUtcNow().UtcDateTime.AddHours(1), DedupeStatuses: EveryStatus));

        Assert.NotNull(await store.GetInstanceAsync("run:1", false, CancellationToken.None));
        Assert.NotNull(await store.GetInstanceAsync("run:2", false, CancellationToken.None));
        Assert.Equal(0, client.PendingCount);
    }

    [Fact]
    public async Task A_start_of_an_id_the_store_has_already_is_refused_without_being_journaled()
    {
        using var store = await OpenStoreAsync();
        using var client = NewClient(store);
        await client.ScheduleNewOrchestrationInstanceAsync("Journey", null, new StartOrchestrationOptions("journey:known"));

        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(
            () => client.ScheduleNewOrchestrationInstanceAsync("Journey", null, Once("journey:known")));
        Assert.Equal(0, client.PendingCount);
        Assert.Equal(0, client.Journal.AppendCount);
    }

    [Fact]
    public async Task The_pump_deletes_segments_once_everything_in_them_is_in_the_store()
    {
        using var store = await OpenStoreAsync();
        using var client = new JournaledDurableTaskClient(StoreClient(store), JournalDirectory, _clock, segmentBytes: 4096);
        for (int i = 0; i < 80; i++)
        {
            await client.ScheduleNewOrchestrationInstanceAsync("Journey", new string('x', 200), Once($"journey:{i}"));
        }

        Assert.True(Directory.GetFiles(JournalDirectory, "starts-*.journal").Length >= 3);
        await PumpUntilEmptyAsync(client);

        Assert.Single(Directory.GetFiles(JournalDirectory, "starts-*.journal"));
        Assert.Equal(80, (await store.GetStatusesAsync([.. Enumerable.Range(0, 80).Select(i => $"journey:{i}")], CancellationToken.None)).Count);
    }

    [Fact]
    public async Task During_a_burst_a_pace_under_one_start_a_tick_still_creates_starts()
    {
        using var store = await OpenStoreAsync();
        using var client = NewClient(store);

        // At one a second (a tenth of a start per tick) the pump must still create starts while the burst goes on:
        // about three in the three seconds that follow.
        using var burst = await Burst.UntilPacedAsync(client, startsPerSecond: 1);
        int createdWhenPaced = burst.Created;
        for (int round = 0; round < 30; round++)
        {
            await burst.AcceptSomeAsync();
        }

        await burst.StopAsync();
        Assert.InRange(burst.Created - createdWhenPaced, 2, 10);
        Assert.True(client.PendingCount > 0, "the burst's starts wait in the journal, paced");
    }

    [Fact]
    public async Task During_a_burst_the_paced_starts_are_created_a_seconds_worth_together()
    {
        using var store = await OpenStoreAsync();
        using var client = NewClient(store);

        // Once paced, the created count is looked at every round (about a tenth of a second). At ten a second taken one
        // tick at a time it would grow at nearly every look; taken a second's worth at a time, it grows about once a
        // second, by about ten.
        using var burst = await Burst.UntilPacedAsync(client, startsPerSecond: 10);
        int createdWhenPaced = burst.Created;
        int last = createdWhenPaced;
        var growths = new List<int>();
        for (int round = 0; round < 35; round++)
        {
            await burst.AcceptSomeAsync();
            if (burst.Created > last)
            {
                growths.Add(burst.Created - last);
                last = burst.Created;
            }
        }

        await burst.StopAsync();
        Assert.InRange(last - createdWhenPaced, 20, 50);
        Assert.InRange(growths.Count, 2, 8);
        Assert.True(growths.Count(growth => growth >= 5) >= 2, $"created in batches: {string.Join(", ", growths)}");
    }

    // Starts accepted three at a time, a tenth of a second apart: about 30 a second, far above a threshold of one, with a
    // pump running at the pace given.
    private sealed class Burst(JournaledDurableTaskClient client, StartJournalPump pump) : IDisposable
    {
        private readonly List<Task> _starts = [];
        private int _asked;

        /// <summary>Starts the pump and the burst, and returns once a second and a half of it has passed: the pump is paced.</summary>
        public static async Task<Burst> UntilPacedAsync(JournaledDurableTaskClient client, int startsPerSecond)
        {
            var options = new DurableTaskOptions { JournalBurstThreshold = 1, JournalPacedStartsPerSecond = startsPerSecond };
            var pump = new StartJournalPump(client, options, NullLogger<StartJournalPump>.Instance);
            await pump.StartAsync(CancellationToken.None);
            var burst = new Burst(client, pump);
            for (int round = 0; round < 15; round++)
            {
                await burst.AcceptSomeAsync();
            }

            return burst;
        }

        /// <summary>How many of the burst's starts the pump has created in the store so far: synced, and no longer pending.</summary>
        public int Created => (int)client.Journal.AppendCount - client.PendingCount;

        public async Task StopAsync()
        {
            await Task.WhenAll(_starts);
            await pump.StopAsync(CancellationToken.None);
        }

        public void Dispose() => pump.Dispose();

        // The three are asked for and not waited for, as many callers would: a round that waited for its starts to be
        // synced was held up by slow syncs on a busy machine, and a second without an append is the end of the burst to
        // the pump (CI runs saw it apply the whole burst: 107 and 113 created). StopAsync waits for them all.
        public async Task AcceptSomeAsync()
        {
            for (int i = 0; i < 3; i++)
            {
                _starts.Add(client.ScheduleNewOrchestrationInstanceAsync("Journey", null, Once($"journey:{_asked++}")));
            }

            await Task.Delay(100);
        }
    }

    private static StartOrchestrationOptions Once(string instanceId) => new(instanceId, DedupeStatuses: EveryStatus);

    private async Task<SqliteOrchestrationStore> OpenStoreAsync()
    {
        var store = new SqliteOrchestrationStore(DatabasePath, _clock);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    private StoreDurableTaskClient StoreClient(IOrchestrationStore store) => new(store, _clock, TimeSpan.FromMilliseconds(5));

    private JournaledDurableTaskClient NewClient(IOrchestrationStore store) => new(StoreClient(store), JournalDirectory, _clock);

    private static async Task PumpUntilEmptyAsync(JournaledDurableTaskClient client)
    {
        using var pump = new StartJournalPump(client, new DurableTaskOptions(), NullLogger<StartJournalPump>.Instance);
        await pump.StartAsync(CancellationToken.None);
        using var patience = new CancellationTokenSource(DurableTestHost.Patience);
        while (client.PendingCount > 0)
        {
            await Task.Delay(10, patience.Token);
        }

        await pump.StopAsync(CancellationToken.None);
    }
}
