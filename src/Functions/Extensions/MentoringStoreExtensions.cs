using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Health;
using MentorFlow.Functions.Hosting;
using MentorFlow.Infrastructure.Cosmos;
using MentorFlow.Infrastructure.Cosmos.Links;
using MentorFlow.Infrastructure.Cosmos.Mentoring;
using MentorFlow.Infrastructure.Links;
using MentorFlow.Infrastructure.Sqlite;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class MentoringStoreExtensions
{
    /// <summary>
    /// The domain data: the programme, participant and capacity stores and the used-link ledger. On Cosmos DB when
    /// the durable runtime is (any <c>CosmosDb__*</c> setting): the <c>mentoring</c> and <c>used-links</c> containers
    /// of <c>CosmosDb__Database</c>, created at start-up (<c>/health</c> answers 503 until they exist). Otherwise the
    /// embedded SQLite file (<c>{DataDirectory}/mentorflow.db</c>, the durable store's file). Never a mix: with Cosmos DB
    /// configured nothing is kept on the instance's own disk.
    /// </summary>
    public static IHostApplicationBuilder AddMentoringStores(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (DurableRuntimeExtensions.IsCosmosDbConfigured(builder.Configuration))
        {
            AddCosmosStores(builder);
        }
        else
        {
            AddSqliteStores(builder.Services);
        }

        return builder;
    }

    private static void AddCosmosStores(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCosmosDb(builder.Configuration);
        services.AddSingleton(sp => new CosmosMentoringDatabase(
            sp.GetRequiredService<CosmosClient>(), sp.GetRequiredService<IOptions<CosmosDbOptions>>().Value.Database!));
        services.AddSingleton<IProgrammeStore, CosmosProgrammeStore>();
        services.AddSingleton<IParticipantStore, CosmosParticipantStore>();
        services.AddSingleton<ICapacityStore, CosmosCapacityStore>();
        services.AddSingleton<IUsedLinkLedger, CosmosUsedLinkLedger>();
        services.AddHostedService<MentoringContainersInitializer>();
        services.AddHealthChecks().AddCheck<MentoringContainersHealthCheck>("mentoring-containers");
    }

    private static void AddSqliteStores(IServiceCollection services)
    {
        // Resolved from the validated options when first needed, so the data directory can come from any source.
        services.AddSingleton(sp => new SqliteMentoringDatabase(Path.Combine(
            sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath, DurableRuntimeExtensions.DatabaseFileName)));
        services.AddSingleton<IProgrammeStore, SqliteProgrammeStore>();
        services.AddSingleton<IParticipantStore, SqliteParticipantStore>();
        services.AddSingleton<ICapacityStore, SqliteCapacityStore>();
        services.AddSingleton<IUsedLinkLedger>(sp => SqliteUsedLinkLedger.InDataDirectory(
            sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath,
            sp.GetRequiredService<TimeProvider>()));
    }
}
