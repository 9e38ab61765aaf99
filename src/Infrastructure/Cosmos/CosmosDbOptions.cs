namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>
/// How MentorFlow reaches Cosmos DB. Bound from the <c>CosmosDb</c> section, so the Azure Functions app settings are
/// <c>CosmosDb__Endpoint</c>, <c>CosmosDb__Key</c> and <c>CosmosDb__Database</c>.
/// </summary>
public sealed class CosmosDbOptions
{
    /// <summary>The configuration section; app settings spell it <c>CosmosDb__</c>.</summary>
    public const string SectionName = "CosmosDb";

    /// <summary>The account endpoint, for example <c>https://myaccount.documents.azure.com:443/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The account key. When empty, the app authenticates with its managed identity.</summary>
    public string? Key { get; set; }

    /// <summary>The client id of a user-assigned managed identity, when the key is empty and one is used.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The database that holds MentorFlow's containers.</summary>
    public string? Database { get; set; }

    /// <summary>How often the SDK retries a request the service throttled (429) before failing it.</summary>
    public int MaxRetryAttemptsOnRateLimitedRequests { get; set; } = 9;

    /// <summary>The longest the SDK keeps retrying throttled requests, in total.</summary>
    public TimeSpan MaxRetryWaitTimeOnRateLimitedRequests { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a request answered 503 (service unavailable) is retried before failing it.</summary>
    public int MaxRetryAttemptsOnServiceUnavailable { get; set; } = 3;

    /// <summary>The wait before the first retry of a 503; it doubles for each further retry.</summary>
    public TimeSpan ServiceUnavailableFirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The endpoint as a URI; only valid after validation.</summary>
    internal Uri EndpointUri => new(Endpoint!, UriKind.Absolute);
}
