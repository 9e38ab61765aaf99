using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.Client.Journal;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Functions.Health;
using Microsoft.Extensions.Logging.Abstractions;

namespace MentorFlow.Functions.Tests.Health;

/// <summary>
/// The readiness probe asks the store for one instance. With the start journal, a query that could list Pending
/// instances first creates every journaled start in the store, one by one; after a restart with a long journal that
/// held the host unready for tens of seconds. The probe must leave those starts to the pump.
/// </summary>
public sealed class DurableStoreInitializerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mentorflow-initializer-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_store_is_marked_ready_without_creating_the_starts_waiting_in_the_journal()
    {
        using var store = new SqliteOrchestrationStore(Path.Combine(_directory, "mentorflow.db"), TimeProvider.System);
        using var client = new JournaledDurableTaskClient(
            new StoreDurableTaskClient(store, TimeProvider.System, TimeSpan.FromMilliseconds(5)), Path.Combine(_directory, "journal"), TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        foreach (var id in new[] { "journey:a", "journey:b", "journey:c" })
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                "MenteeJourney", null, new StartOrchestrationOptions(id, DedupeStatuses: Enum.GetValues<OrchestrationRuntimeStatus>()));
        }

        var readiness = new DurableStoreReadiness();
        using var initializer = new DurableStoreInitializer(client, readiness, NullLogger<DurableStoreInitializer>.Instance);
        await initializer.StartAsync(CancellationToken.None);
        await initializer.ExecuteTask!;

        Assert.True(readiness.IsReady);
        Assert.Equal(3, client.PendingCount);
        Assert.Empty(await store.GetStatusesAsync(["journey:a", "journey:b", "journey:c"], CancellationToken.None));
    }
}
