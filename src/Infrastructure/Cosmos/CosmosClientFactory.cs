using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>
/// Builds the one <see cref="CosmosClient"/> of the process: Gateway mode (HTTPS only, which is also all the emulator
/// speaks), System.Text.Json documents, 429 retried by the SDK and 503 by <see cref="ServiceUnavailableRetryHandler"/>,
/// the key or else the managed identity.
/// </summary>
public static class CosmosClientFactory
{
    /// <summary>Creates a client for validated options.</summary>
    /// <param name="options">Validated by <see cref="CosmosDbOptionsValidator"/>.</param>
    /// <param name="timeProvider">The clock for retry delays.</param>
    /// <param name="credential">The identity when there is no key; <see cref="DefaultAzureCredential"/> when null.</param>
    public static CosmosClient Create(CosmosDbOptions options, TimeProvider timeProvider, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.EndpointUri;
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "MentorFlow",
            ConnectionMode = ConnectionMode.Gateway,
            UseSystemTextJsonSerializerWithOptions = CosmosJson.Options,
            MaxRetryAttemptsOnRateLimitedRequests = options.MaxRetryAttemptsOnRateLimitedRequests,
            MaxRetryWaitTimeOnRateLimitedRequests = options.MaxRetryWaitTimeOnRateLimitedRequests,
            HttpClientFactory = () => new HttpClient(CreateHandler(endpoint), disposeHandler: true),
            // A local emulator has no other regions to discover.
            LimitToEndpoint = LoopbackEndpoint.IsLoopback(endpoint),
        };
        clientOptions.CustomHandlers.Add(new CosmosRequestMetrics());
        clientOptions.CustomHandlers.Add(new ServiceUnavailableRetryHandler(
            options.MaxRetryAttemptsOnServiceUnavailable, options.ServiceUnavailableFirstRetryDelay, timeProvider));

        if (!string.IsNullOrEmpty(options.Key))
        {
            return new CosmosClient(endpoint.AbsoluteUri, options.Key, clientOptions);
        }

        credential ??= new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrEmpty(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new CosmosClient(endpoint.AbsoluteUri, credential, clientOptions);
    }

    /// <summary>
    /// The HTTP handler. For a loopback endpoint (the emulator) a certificate that fails validation is accepted, but
    /// only while the request goes to a loopback host; for any other endpoint the platform's validation stands.
    /// </summary>
    internal static HttpClientHandler CreateHandler(Uri endpoint)
    {
        var handler = new HttpClientHandler();
        if (LoopbackEndpoint.IsLoopback(endpoint))
        {
            handler.ServerCertificateCustomValidationCallback = AcceptInvalidCertificateOnLoopbackOnly;
        }

        return handler;
    }

    internal static bool AcceptInvalidCertificateOnLoopbackOnly(
        HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
        => errors == SslPolicyErrors.None || LoopbackEndpoint.IsLoopback(request?.RequestUri);
}
