using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>
/// Builds the <see cref="GraphServiceClient"/> on an <see cref="HttpClient"/> from <see cref="GraphClientFactory"/>,
/// so the SDK's default handlers run: above all the retry handler, which retries 429, 503 and 504 honouring
/// <c>Retry-After</c>. A plain HttpClient would have none of them.
/// </summary>
public static class GraphClientBuilder
{
    /// <summary>App-only access with the client secret of <see cref="GraphOptions"/>.</summary>
    public static GraphServiceClient Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credential = new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        // The ".default" scope of the Graph host in use, so national clouds get their own audience.
        var scope = new Uri(options.BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default";
        return new GraphServiceClient(CreateHttpClient(options), credential, [scope], options.BaseUrl);
    }

    /// <summary>With another authentication provider (tests use one that allows a loopback host).</summary>
    public static GraphServiceClient Create(GraphOptions options, IAuthenticationProvider authentication)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new GraphServiceClient(CreateHttpClient(options), authentication, options.BaseUrl);
    }

    private static HttpClient CreateHttpClient(GraphOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries });
            }
        }

        return GraphClientFactory.Create(handlers);
    }
}
