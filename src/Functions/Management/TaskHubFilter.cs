namespace MentorFlow.Functions.Management;

/// <summary>
/// Durable Functions' URLs name their task hub (<c>taskHub=</c>). This host serves one hub, so a request that names
/// another is refused rather than silently acting on this hub's instances.
/// </summary>
public sealed class TaskHubFilter(TaskHub hub) : IEndpointFilter
{
    public const string ParameterName = "taskHub";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var requested = context.HttpContext.Request.Query[ParameterName].FirstOrDefault();
        return string.IsNullOrEmpty(requested) || string.Equals(requested, hub.Name, StringComparison.OrdinalIgnoreCase)
            ? next(context)
            : ValueTask.FromResult<object?>(ManagementResults.UnknownTaskHub(requested, hub.Name));
    }
}
