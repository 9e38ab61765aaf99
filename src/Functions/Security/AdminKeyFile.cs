using MentorFlow.Functions.Hosting;
using MentorFlow.Infrastructure.Security;

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

        var (key, created) = LocalSecretFile.ReadOrCreate(
            Path.Combine(options.DataDirectoryFullPath, FileName),
            "delete it to have a new admin key generated, or set MentorFlow__AdminKey.");
        return new AdminKey(key, created ? AdminKeyOrigin.Generated : AdminKeyOrigin.Stored);
    }
}
