using MentorFlow.Durable.Storage;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Functions.Tests.TestOrchestrations;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using MentorFlow.Infrastructure.Tests.Cosmos;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Integrations;

/// <summary>The whole host configured for Cosmos DB (the emulator), driven through the management API.</summary>
public sealed class CosmosHostTests(CosmosEmulatorFixture emulator) : IClassFixture<CosmosEmulatorFixture>, IAsyncLifetime
{
    private readonly string _database = emulator.NewDatabaseName(nameof(CosmosHostTests));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await emulator.Client.GetDatabase(_database).DeleteAsync();

    [Fact]
    public async Task An_orchestration_started_through_the_management_api_completes_on_Cosmos_DB()
    {
        await using var host = new ConfiguredHostFactory(emulator.HostSettings(_database));
        var api = host.CreateManagementClient();
        Assert.IsType<CosmosOrchestrationStore>(host.Services.GetRequiredService<IOrchestrationStore>());

        await api.StartAcceptedAsync(GreetingOrchestrator.Name, "greet-on-cosmos", "Ada");
        var status = await api.WaitForStatusAsync("greet-on-cosmos", "Completed");

        Assert.Equal("Hello, Ada!", status.GetProperty("output").GetString());
        var stored = await emulator.Client.GetContainer(_database, "MentorFlow").ReadContainerAsync();
        Assert.Equal("/pk", stored.Resource.PartitionKeyPath);
    }
}
