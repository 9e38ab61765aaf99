using MentorFlow.Functions.Hosting;
using Microsoft.Extensions.Configuration.Json;

namespace MentorFlow.Functions.Extensions;

public static class HostConfigurationExtensions
{
    private const string HostJson = "host.json";

    /// <summary>
    /// Reads <c>host.json</c> (the copy next to the app, then the one in the content root) as configuration, so its
    /// <c>extensions:durableTask</c> settings bind like in Azure Functions, and binds the host's own settings,
    /// validated when the host starts.
    /// </summary>
    /// <remarks>
    /// host.json goes below every other source, so app settings, environment variables and the command line still
    /// override it, as they override host.json in Azure Functions.
    /// </remarks>
    public static IHostApplicationBuilder AddHostConfiguration(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var sources = builder.Configuration.Sources;
        sources.Insert(0, HostJsonSource(builder.Environment.ContentRootPath));
        sources.Insert(0, HostJsonSource(AppContext.BaseDirectory));

        builder.Services.AddOptions<MentorFlowOptions>()
            .Bind(builder.Configuration.GetSection(MentorFlowOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }

    private static JsonConfigurationSource HostJsonSource(string directory)
    {
        // An absolute path makes the source resolve its own file provider for that directory.
        var source = new JsonConfigurationSource { Path = Path.Combine(directory, HostJson), Optional = true };
        source.ResolveFileProvider();
        return source;
    }
}
