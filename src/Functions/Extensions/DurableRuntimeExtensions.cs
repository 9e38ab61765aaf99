using MentorFlow.Functions.Management;

namespace MentorFlow.Functions.Extensions;

public static class DurableRuntimeExtensions
{
    public const string DurableTaskSection = "extensions:durableTask";

    /// <summary>The durable runtime, configured from host.json's <c>extensions:durableTask</c>.</summary>
    public static IHostApplicationBuilder AddDurableRuntime(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new TaskHub(builder.Configuration[$"{DurableTaskSection}:hubName"] ?? "MentorFlow"));
        return builder;
    }
}
