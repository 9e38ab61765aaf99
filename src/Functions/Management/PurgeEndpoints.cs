using MentorFlow.Domain.Common;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.Storage;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Management;

/// <summary><c>DELETE instances/{instanceId}</c> and <c>DELETE instances?createdTimeFrom…</c>: purge history.</summary>
public static class PurgeEndpoints
{
    private const string CreatedTimeFrom = "createdTimeFrom";

    /// <summary>Like Durable Functions: 404 unknown, 412 while the instance has not finished, else 200.</summary>
    public static async Task<IResult> PurgeOneAsync(string instanceId, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken);
        if (instance is null)
        {
            return ManagementResults.InstanceNotFound(instanceId);
        }

        if (instance.IsRunning)
        {
            return ManagementResults.NotApplicable(
                instanceId, $"Only finished instances can be purged; '{instanceId}' is {instance.RuntimeStatus}.");
        }

        return await client.PurgeInstanceAsync(instanceId, cancellationToken)
            ? ManagementResults.Purged(1)
            : ManagementResults.InstanceNotFound(instanceId);
    }

    /// <summary>
    /// Like Durable Functions: <c>createdTimeFrom</c> is required, <c>createdTimeTo</c> defaults to now, and a filter
    /// that matched nothing is a 404.
    /// </summary>
    public static async Task<IResult> PurgeByFilterAsync(
        HttpContext context, [FromServices] DurableTaskClient client, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = new QueryParameterReader(context.Request.Query);
        var from = query.Time(CreatedTimeFrom);
        var to = query.Time("createdTimeTo");
        var statuses = query.Statuses("runtimeStatus");
        if (from is null && !query.Errors.Any(e => e.Field == CreatedTimeFrom))
        {
            return ManagementResults.BadParameters([.. query.Errors, new FieldError(CreatedTimeFrom, "A purge by filter needs createdTimeFrom.")]);
        }

        if (query.HasErrors)
        {
            return ManagementResults.BadParameters(query.Errors);
        }

        var deleted = await client.PurgeInstancesAsync(new PurgeFilter(from, to ?? clock.GetUtcNow().UtcDateTime, statuses), cancellationToken);
        return deleted == 0 ? ManagementResults.NothingToPurge() : ManagementResults.Purged(deleted);
    }
}
