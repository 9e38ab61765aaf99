using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Worker;
using MentorFlow.Functions.Hosting;
using MentorFlow.Functions.Management;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class DurableRuntimeExtensions
{
    /// <summary>Where host.json keeps the runtime's settings, as in Azure Functions.</summary>
    public const string DurableTaskSection = "extensions:durableTask";

    /// <summary>The embedded store's file in the data directory.</summary>
    public const string DatabaseFileName = "mentorflow.db";

    /// <summary>
    /// The durable runtime (worker, client, store), configured from host.json's <c>extensions:durableTask</c>
    /// (<c>hubName</c>, <c>maxConcurrentOrchestratorFunctions</c>, <c>maxConcurrentActivityFunctions</c>, ...), over the
    /// embedded SQLite store at <c>{DataDirectory}/mentorflow.db</c>. Orchestrators and activities register
    /// themselves with further <c>AddDurableTask</c> calls.
    /// </summary>
    public static IHostApplicationBuilder AddDurableRuntime(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DurableTaskOptions>().Bind(builder.Configuration.GetSection(DurableTaskSection));
        builder.Services.AddDurableTask(durable => durable.UseStore(OpenSqliteStore));
        builder.Services.AddSingleton(sp => new TaskHub(sp.GetRequiredService<IOptions<DurableTaskOptions>>().Value.HubName));
        return builder;
    }

    // Resolved from the validated options when the store is first needed, so the data directory can come from any
    // configuration source, the test host's included.
    private static SqliteOrchestrationStore OpenSqliteStore(IServiceProvider services)
    {
        var dataDirectory = services.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath;
        Directory.CreateDirectory(dataDirectory);
        return new SqliteOrchestrationStore(Path.Combine(dataDirectory, DatabaseFileName), services.GetRequiredService<TimeProvider>());
    }
}
