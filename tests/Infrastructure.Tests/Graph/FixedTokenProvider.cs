using Microsoft.Kiota.Abstractions.Authentication;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>
/// Hands out a fixed bearer token for loopback hosts. The SDK's TokenCredential provider only authenticates
/// Graph's own hosts, so without this no Authorization header would reach the test server.
/// </summary>
public sealed class FixedTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new(["127.0.0.1", "localhost"]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : string.Empty);
}
