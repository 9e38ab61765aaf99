using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Tests.Storage;
using MentorFlow.Infrastructure.Cosmos.Orchestration;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>The store contract over the Cosmos DB store, on the emulator: each test gets an empty container.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosOrchestrationStoreTests(CosmosEmulatorFixture emulator) : OrchestrationStoreContract
{
    private static readonly string Database = $"{nameof(CosmosOrchestrationStoreTests)}-{Guid.NewGuid():N}";
    private CosmosOrchestrationStoreOptions _options = null!;

    protected override IOrchestrationStore CreateStore(TimeProvider clock)
    {
        _options = CosmosStoreTestBase.NewStoreOptions(Database);
        return new CosmosOrchestrationStore(emulator.Client, _options, clock);
    }

    public override async Task DisposeAsync()
    {
        await emulator.Client.GetContainer(_options.DatabaseName, _options.ContainerName).DeleteContainerAsync();
        await base.DisposeAsync();
    }
}
