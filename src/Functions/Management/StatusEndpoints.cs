using MentorFlow.Domain.Common;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.Storage;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Management;

/// <summary><c>GET instances/{instanceId}</c> and <c>GET instances</c>: one instance's status, or a page of them.</summary>
public static class StatusEndpoints
{
    public const string ContinuationTokenHeader = "x-ms-continuation-token";
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    public static async Task<IResult> GetAsync(
        string instanceId, HttpContext context, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = new QueryParameterReader(context.Request.Query);
        var showHistory = query.Boolean("showHistory") ?? false;
        var showHistoryOutput = query.Boolean("showHistoryOutput") ?? false;
        var showInput = query.Boolean("showInput") ?? true;
        var internalServerErrorOnFailure = query.Boolean("returnInternalServerErrorOnFailure") ?? false;
        if (query.HasErrors)
        {
            return ManagementResults.BadParameters(query.Errors);
        }

        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, getHistory: showHistory, cancellationToken);
        return instance is null
            ? ManagementResults.InstanceNotFound(instanceId)
            : ManagementResults.Status(context, instance, InstanceStatusPayload.From(instance, showInput, showHistoryOutput), internalServerErrorOnFailure);
    }

    public static async Task<IResult> QueryAsync(HttpContext context, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = new QueryParameterReader(context.Request.Query);
        var instanceQuery = new InstanceQuery(
            Statuses: query.Statuses("runtimeStatus"),
            CreatedFrom: query.Time("createdTimeFrom"),
            CreatedTo: query.Time("createdTimeTo"),
            InstanceIdPrefix: query.Text("instanceIdPrefix"),
            PageSize: query.WholeNumber("top", 1, MaxPageSize) ?? DefaultPageSize,
            ContinuationToken: context.Request.Headers[ContinuationTokenHeader].FirstOrDefault() is { Length: > 0 } token ? token : null,
            IncludeInputsAndOutputs: true);
        var showInput = query.Boolean("showInput") ?? false;
        if (query.HasErrors)
        {
            return ManagementResults.BadParameters(query.Errors);
        }

        OrchestrationQueryPage page;
        try
        {
            page = await client.GetInstancesAsync(instanceQuery, cancellationToken);
        }
        catch (Exception exception) when (instanceQuery.ContinuationToken is not null && exception is ArgumentException or FormatException)
        {
            // Stores refuse a token they did not issue; that is the caller's bad parameter, not a server error.
            return ManagementResults.BadParameters([new FieldError(ContinuationTokenHeader, "The continuation token is not one this API issued.")]);
        }

        if (page.ContinuationToken is not null)
        {
            context.Response.Headers[ContinuationTokenHeader] = page.ContinuationToken;
        }

        return TypedResults.Ok(page.Instances.Select(i => InstanceStatusPayload.From(i, showInput, showHistoryOutput: false)).ToList());
    }
}
