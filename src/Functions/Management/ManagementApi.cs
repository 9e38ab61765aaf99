using MentorFlow.Functions.Security;

namespace MentorFlow.Functions.Management;

/// <summary>
/// Durable Functions' HTTP management API, same routes and semantics, under <c>/runtime/webhooks/durabletask</c>,
/// protected by the admin key.
/// </summary>
public static class ManagementApi
{
    public const string BasePath = "/runtime/webhooks/durabletask";

    public static IEndpointRouteBuilder MapDurableManagementApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(BasePath)
            .RequireAuthorization(AdminKeyAuthenticationHandler.PolicyName)
            .AddEndpointFilter<TaskHubFilter>();

        api.MapPost("orchestrators/{name}/{instanceId?}", StartEndpoint.StartAsync);

        api.MapGet("instances/{instanceId}", StatusEndpoints.GetAsync);
        api.MapGet("instances", StatusEndpoints.QueryAsync);

        api.MapPost("instances/{instanceId}/raiseEvent/{eventName}", InstanceOperationEndpoints.RaiseEventAsync);
        api.MapPost("instances/{instanceId}/terminate", InstanceOperationEndpoints.TerminateAsync);
        api.MapPost("instances/{instanceId}/suspend", InstanceOperationEndpoints.SuspendAsync);
        api.MapPost("instances/{instanceId}/resume", InstanceOperationEndpoints.ResumeAsync);
        api.MapPost("instances/{instanceId}/rewind", InstanceOperationEndpoints.RewindAsync);
        api.MapPost("instances/{instanceId}/restart", InstanceOperationEndpoints.RestartAsync);

        api.MapDelete("instances/{instanceId}", PurgeEndpoints.PurgeOneAsync);
        api.MapDelete("instances", PurgeEndpoints.PurgeByFilterAsync);
        return endpoints;
    }
}
