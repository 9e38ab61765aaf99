using MentorFlow.Functions.Hosting;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Security;

/// <summary>
/// Warns at start when the data is shared (Cosmos DB, so more than one instance may serve it) but the admin key or the
/// link signing key is left to each instance to generate in its own data directory: a link signed by one instance is
/// then refused by another, and each instance answers to another admin key.
/// </summary>
public sealed partial class SharedKeysWarning(IOptions<MentorFlowOptions> options, ILogger<SharedKeysWarning> logger, bool dataIsShared) : IHostedService
{
    /// <summary>The settings a deployment whose data is shared must set, those left unset.</summary>
    public static IReadOnlyList<string> Unset(MentorFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [
            .. string.IsNullOrEmpty(options.AdminKey) ? ["MentorFlow__AdminKey"] : Array.Empty<string>(),
            .. string.IsNullOrEmpty(options.LinkSigningKey) ? ["MentorFlow__LinkSigningKey"] : Array.Empty<string>(),
        ];
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (dataIsShared && Unset(options.Value) is { Count: > 0 } unset)
        {
            LogUnsharedKeys(logger, string.Join(" and ", unset));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning,
        Message = "Cosmos DB is configured, so other instances may share this data, but {Settings} is not set: this instance uses a key generated in its own data directory, and links or admin calls from another instance's key are refused. Set the same value on every instance.")]
    private static partial void LogUnsharedKeys(ILogger logger, string settings);
}
