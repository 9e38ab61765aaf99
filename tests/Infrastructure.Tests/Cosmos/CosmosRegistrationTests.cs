using MentorFlow.Durable.Client;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.Storage;
using MentorFlow.Infrastructure.Cosmos;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

[Collection(CosmosCollection.Name)]
public sealed class CosmosRegistrationTests(CosmosEmulatorFixture emulator)
{
    [Fact]
    public async Task A_host_configured_with_app_settings_runs_the_durable_runtime_on_Cosmos_DB()
    {
        var database = emulator.NewDatabaseName(nameof(CosmosRegistrationTests));
        using var host = Build(new Dictionary<string, string?>
        {
            ["CosmosDb:Endpoint"] = emulator.Options.Endpoint,
            ["CosmosDb:Key"] = emulator.Options.Key,
            ["CosmosDb:Database"] = database,
        });

        await host.StartAsync();
        var instanceId = await host.Services.GetRequiredService<DurableTaskClient>().ScheduleNewOrchestrationInstanceAsync("Greeting");
        await host.StopAsync();

        var store = Assert.IsType<CosmosOrchestrationStore>(host.Services.GetRequiredService<IOrchestrationStore>());
        Assert.NotNull(await store.GetInstanceAsync(instanceId, includeHistory: false, CancellationToken.None));
        var container = await emulator.Client.GetContainer(database, "DurableTaskHub").ReadContainerAsync();
        Assert.Equal("/pk", container.Resource.PartitionKeyPath);
    }

    [Fact]
    public async Task A_host_with_a_missing_setting_stops_at_start_naming_the_setting()
    {
        using var host = Build(new Dictionary<string, string?> { ["CosmosDb:Endpoint"] = emulator.Options.Endpoint });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(failure.Failures, message => message.StartsWith("CosmosDb__Database", StringComparison.Ordinal));
    }

    [Fact]
    public void Registering_Cosmos_DB_twice_keeps_one_client_and_one_options_validator()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CosmosDb:Endpoint"] = emulator.Options.Endpoint,
            ["CosmosDb:Database"] = "twice",
        }).Build();

        services.AddCosmosDb(configuration);
        var once = services.Count;
        services.AddCosmosDb(configuration);

        Assert.Equal(once, services.Count);
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(Microsoft.Azure.Cosmos.CosmosClient));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IValidateOptions<CosmosDbOptions>));
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCosmosDb(builder.Configuration);
        builder.Services.AddDurableTask(durable => durable.UseCosmosDbStore(workBuckets: 2));
        return builder.Build();
    }
}
