using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.Worker;
using MentorFlow.Functions.Management;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class DurableRuntimeExtensions
{
    /// <summary>Where host.json keeps the runtime's settings, as in Azure Functions.</summary>
    public const string DurableTaskSection = "extensions:durableTask";

    /// <summary>
    /// The durable runtime (worker, client, store), configured from host.json's <c>extensions:durableTask</c>
    /// (<c>hubName</c>, <c>maxConcurrentOrchestratorFunctions</c>, <c>maxConcurrentActivityFunctions</c>, ...).
    /// Orchestrators and activities register themselves with further <c>AddDurableTask</c> calls.
    /// </summary>
    public static IHostApplicationBuilder AddDurableRuntime(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DurableTaskOptions>().Bind(builder.Configuration.GetSection(DurableTaskSection));
        builder.Services.AddDurableTask();
        builder.Services.AddSingleton(sp => new TaskHub(sp.GetRequiredService<IOptions<DurableTaskOptions>>().Value.HubName));
        return builder;
    }
}
