namespace MentorFlow.Functions.Security;

/// <summary>
/// Prints a generated admin key once at start, to the console only: loggers may ship to places that must never see
/// the key. A key the operator configured is not printed.
/// </summary>
public sealed class AdminKeyAnnouncement(AdminKey adminKey) : IHostedService
{
    public const string Prefix = "MentorFlow admin key: ";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (adminKey.Origin != AdminKeyOrigin.Configured)
        {
            Console.Out.WriteLine(
                $"{Prefix}{adminKey.Value}  (send it as the {AdminKeyAuthenticationHandler.HeaderName} header or ?{AdminKeyAuthenticationHandler.QueryParameterName}=; set MentorFlow__AdminKey to choose your own)");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
