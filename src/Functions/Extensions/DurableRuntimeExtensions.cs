using MentorFlow.Durable.Client.Journal;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Worker;
using MentorFlow.Functions.Hosting;
using MentorFlow.Functions.Management;
using MentorFlow.Infrastructure.Cosmos;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class DurableRuntimeExtensions
{
    /// <summary>Where host.json keeps the runtime's settings, as in Azure Functions.</summary>
    public const string DurableTaskSection = "extensions:durableTask";

    /// <summary>The embedded store's file in the data directory.</summary>
    public const string DatabaseFileName = "mentorflow.db";

    /// <summary>The start journal's directory in the data directory (embedded store only).</summary>
    public const string StartJournalDirectoryName = "journal";

    /// <summary>
    /// The durable runtime (worker, client, store), configured from host.json's <c>extensions:durableTask</c>
    /// (<c>hubName</c>, <c>maxConcurrentOrchestratorFunctions</c>, <c>maxConcurrentActivityFunctions</c>, ...). The store
    /// is Cosmos DB when any of <c>CosmosDb__Endpoint</c>, <c>CosmosDb__Key</c> or <c>CosmosDb__Database</c> is set
    /// (then endpoint and database are required, validated at start-up; without a key the managed identity is used),
    /// with one container per task hub; otherwise the embedded SQLite store at <c>{DataDirectory}/mentorflow.db</c>, with
    /// the start journal at <c>{DataDirectory}/journal</c>: an enrolment's start is accepted once it is synced there, and
    /// the journey is created in the store a moment later (<see cref="JournaledDurableTaskClient"/>), and each sync of the
    /// journal gathers more starts the more connections are open (<see cref="StartGathering"/>).
    /// Orchestrators and activities register themselves with further <c>AddDurableTask</c> calls.
    /// </summary>
    public static IHostApplicationBuilder AddDurableRuntime(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DurableTaskOptions>().Bind(builder.Configuration.GetSection(DurableTaskSection));
        if (IsCosmosDbConfigured(builder.Configuration))
        {
            builder.Services.AddCosmosDb(builder.Configuration);
            builder.Services.AddDurableTask(durable => durable.UseCosmosDbStore());
        }
        else
        {
            builder.Services.AddDurableTask(durable => durable.UseStore(OpenSqliteStore).UseStartJournal(StartJournalDirectory));
            builder.Services.AddSingleton(sp => new StartGathering(target => sp.GetRequiredService<JournaledDurableTaskClient>().GatherStarts = target));
            builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.ConfigureEndpointDefaults(
                listen => listen.Use(next => listen.ApplicationServices.GetRequiredService<StartGathering>().Count(next))));
        }

        builder.Services.AddSingleton(sp => new TaskHub(sp.GetRequiredService<IOptions<DurableTaskOptions>>().Value.HubName));
        return builder;
    }

    internal static bool IsCosmosDbConfigured(IConfiguration configuration)
        => OptionalSection.IsInUse(
            configuration, CosmosDbOptions.SectionName,
            nameof(CosmosDbOptions.Endpoint), nameof(CosmosDbOptions.Key), nameof(CosmosDbOptions.Database));

    // Resolved from the validated options when the store is first needed, so the data directory can come from any
    // configuration source, the test host's included. The host is the file's only writer (exclusive: a second host on
    // the same data directory is refused at start-up), so the store answers status look-ups, which every enrolment
    // makes, from memory.
    private static SqliteOrchestrationStore OpenSqliteStore(IServiceProvider services)
    {
        var dataDirectory = services.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath;
        Directory.CreateDirectory(dataDirectory);
        return new SqliteOrchestrationStore(Path.Combine(dataDirectory, DatabaseFileName), services.GetRequiredService<TimeProvider>(), exclusive: true);
    }

    private static string StartJournalDirectory(IServiceProvider services)
        => Path.Combine(services.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath, StartJournalDirectoryName);
}
