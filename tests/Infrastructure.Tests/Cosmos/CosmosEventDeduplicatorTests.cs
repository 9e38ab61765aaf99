using MentorFlow.Infrastructure.Cosmos.Webhooks;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using MentorFlow.Infrastructure.Tests.SendGrid;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>The deduplicator contract over the Cosmos DB emulator, in a database of its own.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosEventDeduplicatorTests(CosmosEmulatorFixture emulator) : EventDeduplicatorContract
{
    private readonly string _database = emulator.NewDatabaseName(nameof(CosmosEventDeduplicatorTests));

    protected override Task<IEventDeduplicator> OpenAsync()
        => Task.FromResult<IEventDeduplicator>(new CosmosEventDeduplicator(emulator.Client, _database, Retention, Clock));

    [Fact]
    public async Task The_container_expires_documents_by_their_own_time_to_live()
    {
        var store = await OpenAsync();
        await store.MarkHandledAsync("ev-ttl", CancellationToken.None);

        var container = await emulator.Client.GetContainer(_database, CosmosEventDeduplicator.DefaultContainerName).ReadContainerAsync();

        Assert.Equal(-1, container.Resource.DefaultTimeToLive);
        Assert.Equal("/pk", container.Resource.PartitionKeyPath);
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await emulator.Client.GetDatabase(_database).DeleteAsync();
        }
        catch (CosmosException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // The test failed before anything was created.
        }
    }
}
