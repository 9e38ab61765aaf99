using System.Text.Json;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.Storage;
using MentorFlow.Functions.Http;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Management;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Programmes;

/// <summary>
/// <c>GET /api/programmes/{id}/mentorships</c>: the programme's mentee journeys read from the durable runtime (their
/// instance ids share the programme's prefix), each with its stage and risk from the journey's custom status. Paged
/// like the management API's query: <c>top</c> (default 100, at most 1000) and the <c>x-ms-continuation-token</c>
/// header, sent back on every page but the last.
/// </summary>
public static class MentorshipsEndpoint
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    public static async Task<IResult> ListAsync(
        string id, HttpContext context, [FromServices] IProgrammeStore store, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var programmeId = ProgrammeId.Parse(id, "id");
        if (!programmeId.IsSuccess || await store.GetAsync(programmeId.Value, cancellationToken) is null)
        {
            return HttpProblems.ProgrammeNotFound(id);
        }

        var parameters = new QueryParameterReader(context.Request.Query);
        var pageSize = parameters.WholeNumber("top", 1, MaxPageSize) ?? DefaultPageSize;
        if (parameters.HasErrors)
        {
            return HttpProblems.Invalid(parameters.Errors);
        }

        var prefix = JourneyIds.MenteeJourneyPrefix(programmeId.Value);
        var token = context.Request.Headers[StatusEndpoints.ContinuationTokenHeader].FirstOrDefault() is { Length: > 0 } t ? t : null;
        OrchestrationQueryPage page;
        try
        {
            page = await client.GetInstancesAsync(
                new InstanceQuery(InstanceIdPrefix: prefix, PageSize: pageSize, ContinuationToken: token, IncludeInputsAndOutputs: true),
                cancellationToken);
        }
        catch (Exception exception) when (token is not null && exception is ArgumentException or FormatException)
        {
            return HttpProblems.Invalid([new FieldError(StatusEndpoints.ContinuationTokenHeader, "The continuation token is not one this API issued.")]);
        }

        if (page.ContinuationToken is not null)
        {
            context.Response.Headers[StatusEndpoints.ContinuationTokenHeader] = page.ContinuationToken;
        }

        return TypedResults.Ok(page.Instances.Select(i => Summarise(i, prefix)).ToList());
    }

    private static MentorshipSummary Summarise(OrchestrationMetadata instance, string prefix)
    {
        var status = ReadOrNull(instance.ReadCustomStatusAs<JourneyStatus>);
        return new MentorshipSummary(
            instance.InstanceId,
            instance.InstanceId[prefix.Length..],
            ReadOrNull(instance.ReadInputAs<EnrolmentAccepted>)?.Draft?.Name,
            instance.RuntimeStatus.ToString(),
            status?.Stage,
            status?.WaitingFor,
            status?.Until,
            status?.MentorshipId,
            status?.MentorId,
            status?.Cycle,
            status?.AtRisk ?? false,
            status?.RiskReasons ?? [],
            Utc(instance.CreatedAt),
            Utc(instance.LastUpdatedAt));
    }

    // The runtime keeps UTC times; say so in the answer (a bare DateTime would be written without an offset).
    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    // A journey sets its status on its first step; before that (Pending) there is none. An instance under the
    // journey prefix whose input or status has another shape is listed without it rather than failing the page.
    private static T? ReadOrNull<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
