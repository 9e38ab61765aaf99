using MentorFlow.Infrastructure.Security;

namespace MentorFlow.Infrastructure.Links;

/// <summary>
/// Finds the link signing key: the configured one, else the one kept in <c>{DataDirectory}/link-signing.key</c>,
/// else a new random key written there, so that links in emails keep working across restarts of a local host.
/// </summary>
public static class LinkSigningKeyFile
{
    public const string FileName = "link-signing.key";

    public static LinkSigningKeys LoadOrCreate(string? configuredKey, string? previousKey, string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var previous = string.IsNullOrWhiteSpace(previousKey) ? null : previousKey;
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return LinkSigningKeys.FromText(configuredKey, previous);
        }

        var (key, _) = LocalSecretFile.ReadOrCreate(
            Path.Combine(Path.GetFullPath(dataDirectory), FileName),
            "delete it to have a new link signing key generated (links already sent stop working), or set MentorFlow__LinkSigningKey.");
        return LinkSigningKeys.FromText(key, previous);
    }
}
