using MentorFlow.Domain.Storage;
using MentorFlow.Durable.Storage;
using MentorFlow.Functions.Health;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Functions.Tests.TestOrchestrations;
using MentorFlow.Infrastructure.Cosmos.Links;
using MentorFlow.Infrastructure.Cosmos.Mentoring;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using MentorFlow.Infrastructure.Links;
using MentorFlow.Infrastructure.Sqlite;
using MentorFlow.Infrastructure.Tests.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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

    [Fact]
    public async Task Every_store_of_the_host_is_on_Cosmos_DB_and_health_waits_for_its_containers()
    {
        await using var host = new ConfiguredHostFactory(emulator.HostSettings(_database));
        using var http = host.CreateClient();

        Assert.IsType<CosmosProgrammeStore>(host.Services.GetRequiredService<IProgrammeStore>());
        Assert.IsType<CosmosParticipantStore>(host.Services.GetRequiredService<IParticipantStore>());
        Assert.IsType<CosmosCapacityStore>(host.Services.GetRequiredService<ICapacityStore>());
        Assert.IsType<CosmosUsedLinkLedger>(host.Services.GetRequiredService<IUsedLinkLedger>());
        Assert.Null(host.Services.GetService<SqliteMentoringDatabase>());
        await WaitUntilHealthyAsync(http);
        foreach (var container in new[] { MentoringContainer.Name, UsedLinksContainer.Name })
        {
            var stored = await emulator.Client.GetContainer(_database, container).ReadContainerAsync();
            Assert.Equal(CosmosMentoringDatabase.PartitionKeyPath, stored.Resource.PartitionKeyPath);
        }
    }

    [Fact]
    public async Task The_health_check_is_unhealthy_until_the_mentoring_containers_exist()
    {
        var database = new CosmosMentoringDatabase(emulator.Client, _database);
        var check = new MentoringContainersHealthCheck(database);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        await database.EnsureCreatedAsync(CancellationToken.None);
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Unhealthy, HealthStatus.Healthy), (before.Status, after.Status));
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), patience.Token);
            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), patience.Token);
        }
    }
}
