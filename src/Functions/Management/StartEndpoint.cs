using MentorFlow.Domain.Common;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Security;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Management;

/// <summary><c>POST orchestrators/{name}/{instanceId?}</c>: starts an orchestration; the body is its input.</summary>
public static class StartEndpoint
{
    private const int MaxInstanceIdLength = 256;

    public static async Task<IResult> StartAsync(
        string name,
        string? instanceId,
        HttpContext context,
        [FromServices] DurableTaskClient client,
        [FromServices] TaskHub hub,
        [FromServices] AdminKey adminKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new FieldError(nameof(name), "The orchestrator's name must not be blank."));
        }

        if (instanceId is not null && !IsValidInstanceId(instanceId))
        {
            errors.Add(new FieldError(nameof(instanceId), $"An instance id is not blank, has at most {MaxInstanceIdLength} characters and no control characters."));
        }

        var input = await JsonBody.ReadAsync(context.Request, cancellationToken);
        errors.AddRange(input.Errors);
        if (errors.Count > 0)
        {
            return ManagementResults.BadParameters(errors);
        }

        try
        {
            var id = await client.ScheduleNewOrchestrationInstanceAsync(
                name, input.Value, new StartOrchestrationOptions(instanceId), cancellationToken);
            return ManagementResults.Started(ManagementLinks.For(context.Request, id, hub.Name, adminKey.Value));
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return ManagementResults.AlreadyRunning(instanceId ?? string.Empty);
        }
    }

    private static bool IsValidInstanceId(string instanceId)
        => !string.IsNullOrWhiteSpace(instanceId) && instanceId.Length <= MaxInstanceIdLength && !instanceId.Any(char.IsControl);
}
