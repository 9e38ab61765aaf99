using System.Buffers.Text;
using System.Security.Cryptography;

namespace MentorFlow.Infrastructure.Security;

/// <summary>
/// A random secret kept in a file of the data directory, for a local host that has none configured: read when the
/// file exists, otherwise generated and written readable by the host's own user only. Processes sharing the data
/// directory end up with the same secret: the first to create the file wins and the others read it.
/// </summary>
public static class LocalSecretFile
{
    /// <summary>Reads the secret at <paramref name="path"/>, or creates it; <c>Created</c> says which.</summary>
    /// <param name="path">The file.</param>
    /// <param name="whenEmpty">What to tell the operator when the file exists but is empty (it stops the start).</param>
    public static (string Secret, bool Created) ReadOrCreate(string path, string whenEmpty)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Read(path, whenEmpty) is { } stored)
        {
            return (stored, false);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var generated = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        try
        {
            WriteNew(path, generated);
        }
        catch (IOException) when (Read(path, whenEmpty) is { } raced)
        {
            // Another process sharing the data directory created the file first: both must use its secret.
            return (raced, false);
        }

        return (generated, true);
    }

    private static string? Read(string path, string whenEmpty)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).Trim();
        return text.Length > 0 ? text : throw new InvalidOperationException($"The file '{path}' is empty: {whenEmpty}");
    }

    private static void WriteNew(string path, string secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the host's own user only: these secrets grant control over workflows and participants' links.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(secret);
    }
}
