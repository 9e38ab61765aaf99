namespace MentorFlow.Functions.Management;

/// <summary>
/// The management URLs of one instance, as Durable Functions returns them when an orchestration starts: absolute,
/// with <c>{eventName}</c> and <c>{text}</c> placeholders for the caller to fill, and the task hub and key appended to
/// each the way Durable Functions appends its system key. Without a key (links handed to the public, such as an
/// enrolment's), the URLs are the same and a reader adds the key.
/// </summary>
public sealed record ManagementLinks(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string RestartPostUri,
    string RewindPostUri,
    string SuspendPostUri,
    string ResumePostUri,
    string PurgeHistoryDeleteUri)
{
    public static ManagementLinks For(HttpRequest request, string instanceId, string hubName, string? adminKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}{ManagementApi.BasePath}";
        var instanceUrl = $"{baseUrl}/instances/{Uri.EscapeDataString(instanceId)}";
        var suffix = $"taskHub={Uri.EscapeDataString(hubName)}" + (adminKey is null ? "" : $"&code={Uri.EscapeDataString(adminKey)}");

        return new ManagementLinks(
            instanceId,
            StatusQueryGetUri: $"{instanceUrl}?{suffix}",
            SendEventPostUri: $"{instanceUrl}/raiseEvent/{{eventName}}?{suffix}",
            TerminatePostUri: $"{instanceUrl}/terminate?reason={{text}}&{suffix}",
            RestartPostUri: $"{instanceUrl}/restart?{suffix}",
            RewindPostUri: $"{instanceUrl}/rewind?reason={{text}}&{suffix}",
            SuspendPostUri: $"{instanceUrl}/suspend?reason={{text}}&{suffix}",
            ResumePostUri: $"{instanceUrl}/resume?reason={{text}}&{suffix}",
            PurgeHistoryDeleteUri: $"{instanceUrl}?{suffix}");
    }
}
