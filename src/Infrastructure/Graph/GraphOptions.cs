namespace MentorFlow.Infrastructure.Graph;

/// <summary>
/// Settings for booking meetings through Microsoft Graph with an app registration (client credentials),
/// bound from the <c>Graph</c> section (app settings <c>Graph__TenantId</c>, ...). See docs/configuration.md.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The mailbox (UPN or id) whose calendar holds the meetings; participants are its attendees.</summary>
    public string? Organizer { get; set; }

    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Retries of a throttled (429) or unavailable (503, 504) call by the SDK's retry handler; at most 10.</summary>
    public int MaxRetries { get; set; } = 3;
}
