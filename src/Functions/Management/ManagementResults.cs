using System.Globalization;
using MentorFlow.Domain.Common;
using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorFlow.Functions.Management;

/// <summary>
/// The one place where the management API's outcomes become HTTP responses, with the status codes of Durable
/// Functions' HTTP API and RFC 9457 problem details for every refusal.
/// </summary>
public static class ManagementResults
{
    /// <summary>Retry-After (seconds) on a status that is still running, as Durable Functions sends it.</summary>
    public const int StatusRetryAfterSeconds = 5;

    /// <summary>Retry-After (seconds) on a start's 202, as Durable Functions sends it.</summary>
    public const int StartRetryAfterSeconds = 10;

    public static IResult FromOperation(InstanceOperationResult result, string instanceId) => result switch
    {
        InstanceOperationResult.Accepted => Results.StatusCode(StatusCodes.Status202Accepted),
        InstanceOperationResult.NotFound => InstanceNotFound(instanceId),
        InstanceOperationResult.AlreadyFinished => Problem(
            StatusCodes.Status410Gone, "Instance finished", $"The instance '{instanceId}' has already finished (Completed, Failed or Terminated).", instanceId),
        InstanceOperationResult.NotApplicable => NotApplicable(instanceId, "The request does not apply to the instance in its current status."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown operation result."),
    };

    /// <summary>
    /// A restart is refused only when its target id is taken by an instance that is still running, which Durable
    /// Functions answers with 409.
    /// </summary>
    public static IResult FromRestart(InstanceOperationResult result, string instanceId)
        => result == InstanceOperationResult.NotApplicable ? AlreadyRunning(instanceId) : FromOperation(result, instanceId);

    public static IResult BadParameters(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(byField, detail: "One or more parameters are not valid.");
    }

    public static IResult InstanceNotFound(string instanceId)
        => Problem(StatusCodes.Status404NotFound, "Instance not found", $"No orchestration instance has the id '{instanceId}'.", instanceId);

    /// <summary>Durable Functions answers 412 when an instance's status rules the request out (rewind, purge).</summary>
    public static IResult NotApplicable(string instanceId, string detail)
        => Problem(StatusCodes.Status412PreconditionFailed, "Not applicable to the instance's status", detail, instanceId);

    public static IResult AlreadyRunning(string instanceId)
        => Problem(StatusCodes.Status409Conflict, "Instance already running", $"An instance with the id '{instanceId}' is already Pending, Running or Suspended.", instanceId);

    public static IResult NothingToPurge()
        => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing to purge", detail: "No instance matched the filter.");

    public static IResult UnknownTaskHub(string requested, string served)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Task hub not served here",
            detail: $"This host serves the task hub '{served}', not '{requested}'.");

    public static IResult Purged(int instancesDeleted) => TypedResults.Ok(new PurgeHistoryResult(instancesDeleted));

    /// <summary>A start's 202: the start payload, Location and Retry-After (<see cref="StartedResult"/>).</summary>
    public static IResult Started(ManagementLinks links) => new StartedResult(links);

    /// <summary>202 with Location and Retry-After while the instance can still progress; 200 once it has finished.</summary>
    public static IResult Status(HttpContext context, OrchestrationMetadata instance, InstanceStatusPayload payload, bool internalServerErrorOnFailure)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.IsRunning)
        {
            context.Response.Headers.RetryAfter = StatusRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Accepted(context.Request.GetEncodedUrl(), payload);
        }

        return internalServerErrorOnFailure && instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed
            ? TypedResults.Json(payload, statusCode: StatusCodes.Status500InternalServerError)
            : TypedResults.Ok(payload);
    }

    private static ProblemHttpResult Problem(int status, string title, string detail, string instanceId)
        => TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["instanceId"] = instanceId });
}
