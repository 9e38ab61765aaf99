using MentorFlow.Domain.Common;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Management;
using MentorFlow.Functions.Security;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Administration;

/// <summary>
/// <c>POST /api/programmes/{id}/matching-runs</c>: starts a cohort matching run over every waiting mentee. The run's
/// id is the request's <c>Idempotency-Key</c> when given, so a repeated request (a retry after a timeout) answers with
/// the run it started the first time instead of starting another; without one, every request is a new run.
/// Answers 202 with the Durable Functions status URLs, as starting any orchestration does.
/// </summary>
public static class MatchingRunEndpoint
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const int MaxIdempotencyKeyLength = 64;

    public static async Task<IResult> StartAsync(
        string id,
        HttpContext context,
        [FromServices] IProgrammeStore programmes,
        [FromServices] DurableTaskClient client,
        [FromServices] TaskHub hub,
        [FromServices] AdminKey adminKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var programme = ProgrammeId.Parse(id, "id");
        var key = context.Request.Headers[IdempotencyKeyHeader].ToString();
        var errors = new List<FieldError>(programme.Errors);
        if (key.Length > 0 && !IsValidKey(key))
        {
            errors.Add(new FieldError(IdempotencyKeyHeader, $"must have 1 to {MaxIdempotencyKeyLength} letters, digits, '-', '_' or '.'."));
        }

        if (errors.Count > 0)
        {
            return ManagementResults.BadParameters(errors);
        }

        if (await programmes.GetAsync(programme.Value, cancellationToken) is null)
        {
            return AdministrationResults.ProgrammeNotFound(id);
        }

        var run = key.Length > 0 ? key : Guid.NewGuid().ToString("N");
        var instanceId = JourneyIds.CohortRun(programme.Value, run);
        var links = ManagementLinks.For(context.Request, instanceId, hub.Name, adminKey.Value);
        if (await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken) is not null)
        {
            return ManagementResults.Started(links);
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                OrchestrationNames.CohortRun, new CohortRunInput(programme.Value.Value, run), new StartOrchestrationOptions(instanceId), cancellationToken);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            // The same key sent twice at once: the other request started the run, which is the one asked for.
        }

        return ManagementResults.Started(links);
    }

    private static bool IsValidKey(string key)
        => key.Length <= MaxIdempotencyKeyLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
