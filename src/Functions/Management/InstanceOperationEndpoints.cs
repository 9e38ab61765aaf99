using MentorFlow.Domain.Common;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Security;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Management;

/// <summary>
/// <c>POST instances/{instanceId}/raiseEvent/{eventName}|terminate|suspend|resume|rewind|restart</c>: each parses its
/// parameters, asks the client, and maps the outcome (202, 404 unknown, 410 finished, 412 not applicable).
/// </summary>
public static class InstanceOperationEndpoints
{
    private const string Reason = "reason";

    public static async Task<IResult> RaiseEventAsync(
        string instanceId, string eventName, HttpContext context, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = await JsonBody.ReadAsync(context.Request, cancellationToken);
        List<FieldError> errors = [.. data.Errors];
        if (string.IsNullOrWhiteSpace(eventName))
        {
            errors.Add(new FieldError(nameof(eventName), "The event's name must not be blank."));
        }

        if (errors.Count > 0)
        {
            return ManagementResults.BadParameters(errors);
        }

        var result = await client.RaiseEventAsync(instanceId, eventName, data.Value, cancellationToken);
        return ManagementResults.FromOperation(result, instanceId);
    }

    public static async Task<IResult> TerminateAsync(
        string instanceId, HttpContext context, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
        => ManagementResults.FromOperation(
            await client.TerminateInstanceAsync(instanceId, ReasonOf(context), cancellationToken), instanceId);

    public static async Task<IResult> SuspendAsync(
        string instanceId, HttpContext context, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
        => ManagementResults.FromOperation(
            await client.SuspendInstanceAsync(instanceId, ReasonOf(context), cancellationToken), instanceId);

    public static async Task<IResult> ResumeAsync(
        string instanceId, HttpContext context, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
        => ManagementResults.FromOperation(
            await client.ResumeInstanceAsync(instanceId, ReasonOf(context), cancellationToken), instanceId);

    public static async Task<IResult> RewindAsync(
        string instanceId, HttpContext context, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
        => ManagementResults.FromOperation(
            await client.RewindInstanceAsync(instanceId, ReasonOf(context), cancellationToken), instanceId);

    /// <summary>Like Durable Functions, restarts under a new instance id unless <c>restartWithNewInstanceId=false</c>.</summary>
    public static async Task<IResult> RestartAsync(
        string instanceId,
        HttpContext context,
        [FromServices] DurableTaskClient client,
        [FromServices] TaskHub hub,
        [FromServices] AdminKey adminKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = new QueryParameterReader(context.Request.Query);
        var withNewInstanceId = query.Boolean("restartWithNewInstanceId") ?? true;
        if (query.HasErrors)
        {
            return ManagementResults.BadParameters(query.Errors);
        }

        try
        {
            var (result, restartedId) = await client.RestartAsync(instanceId, withNewInstanceId, cancellationToken);
            return result == InstanceOperationResult.Accepted && restartedId is not null
                ? ManagementResults.Started(ManagementLinks.For(context.Request, restartedId, hub.Name, adminKey.Value))
                : ManagementResults.FromRestart(result, instanceId);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return ManagementResults.AlreadyRunning(instanceId);
        }
    }

    private static string? ReasonOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new QueryParameterReader(context.Request.Query).Text(Reason);
    }
}
