using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>Registers the Cosmos DB client and its options.</summary>
public static class CosmosDbServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="CosmosDbOptions"/> from the <c>CosmosDb</c> section, validates them when the host starts (a
    /// wrong setting stops start-up with a message naming it) and registers one <see cref="CosmosClient"/>. Safe to call
    /// more than once (the durable runtime and the mentoring stores each ask for it): later calls change nothing.
    /// </summary>
    public static IServiceCollection AddCosmosDb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(CosmosClient)))
        {
            return services;
        }

        services.AddOptions<CosmosDbOptions>().Bind(configuration.GetSection(CosmosDbOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CosmosDbOptions>, CosmosDbOptionsValidator>();
        services.AddSingleton(provider => CosmosClientFactory.Create(
            provider.GetRequiredService<IOptions<CosmosDbOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
