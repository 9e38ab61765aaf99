using System.Buffers.Text;
using System.Security.Cryptography;

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

        var path = Path.Combine(Path.GetFullPath(dataDirectory), FileName);
        if (ReadKey(path) is { } stored)
        {
            return LinkSigningKeys.FromText(stored, previous);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var generated = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        try
        {
            WriteNewKey(path, generated);
        }
        catch (IOException) when (ReadKey(path) is { } raced)
        {
            // Another process sharing the data directory created the file first: both must sign with its key.
            return LinkSigningKeys.FromText(raced, previous);
        }

        return LinkSigningKeys.FromText(generated, previous);
    }

    private static string? ReadKey(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).Trim();
        return text.Length > 0
            ? text
            : throw new InvalidOperationException(
                $"The link signing key file '{path}' is empty: delete it to have a new key generated (links already sent stop working), or set MentorFlow__LinkSigningKey.");
    }

    private static void WriteNewKey(string path, string key)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the host's own user only: the key lets anyone act for any participant.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.Write(key);
        }
    }
}
