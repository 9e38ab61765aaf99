using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.Worker;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>Puts the durable runtime's state in Cosmos DB.</summary>
public static class CosmosDurableTaskBuilderExtensions
{
    /// <summary>
    /// Uses <see cref="CosmosOrchestrationStore"/> with the client registered by
    /// <see cref="CosmosDbServiceCollectionExtensions.AddCosmosDb"/>: the database from <c>CosmosDb__Database</c>, one
    /// container per task hub, named after the hub.
    /// </summary>
    public static DurableTaskBuilder UseCosmosDbStore(this DurableTaskBuilder builder, int workBuckets = 8)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseStore(provider => new CosmosOrchestrationStore(
            provider.GetRequiredService<CosmosClient>(),
            new CosmosOrchestrationStoreOptions
            {
                DatabaseName = provider.GetRequiredService<IOptions<CosmosDbOptions>>().Value.Database!,
                ContainerName = provider.GetRequiredService<IOptions<DurableTaskOptions>>().Value.HubName,
                WorkBuckets = workBuckets,
            },
            provider.GetRequiredService<TimeProvider>()));
    }
}
