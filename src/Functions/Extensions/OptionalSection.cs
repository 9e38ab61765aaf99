namespace MentorFlow.Functions.Extensions;

/// <summary>
/// Decides whether an optional integration (Cosmos DB, SendGrid, Graph) is configured: as soon as any of its
/// identifying settings is set, it is in use and all of its settings are validated at start-up, so a partial
/// configuration stops the host with the missing setting named instead of silently keeping the embedded default.
/// </summary>
internal static class OptionalSection
{
    public static bool IsInUse(IConfiguration configuration, string section, params string[] settings)
    {
        var values = configuration.GetSection(section);
        return settings.Any(setting => !string.IsNullOrWhiteSpace(values[setting]));
    }
}
