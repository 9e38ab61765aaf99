using System.Buffers.Text;
using System.Security.Cryptography;
using MentorFlow.Functions.Hosting;

namespace MentorFlow.Functions.Security;

/// <summary>
/// Finds the admin key: the configured one, else the one kept in <c>{DataDirectory}/admin.key</c>, else a new random
/// key written there, so that a local host keeps the same key across restarts.
/// </summary>
public static class AdminKeyFile
{
    public const string FileName = "admin.key";

    public static AdminKey LoadOrCreate(MentorFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.AdminKey))
        {
            return new AdminKey(options.AdminKey, AdminKeyOrigin.Configured);
        }

        var path = Path.Combine(options.DataDirectoryFullPath, FileName);
        if (ReadKey(path) is { } stored)
        {
            return new AdminKey(stored, AdminKeyOrigin.Stored);
        }

        Directory.CreateDirectory(options.DataDirectoryFullPath);
        var generated = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        try
        {
            WriteNewKey(path, generated);
        }
        catch (IOException) when (ReadKey(path) is { } raced)
        {
            // Another process sharing the data directory created the file first: both must use its key.
            return new AdminKey(raced, AdminKeyOrigin.Stored);
        }

        return new AdminKey(generated, AdminKeyOrigin.Generated);
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
                $"The admin key file '{path}' is empty: delete it to have a new key generated, or set MentorFlow__AdminKey.");
    }

    private static void WriteNewKey(string path, string key)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the host's own user only: the key grants control over every workflow.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(key);
    }
}
