using MentorFlow.Domain.Programmes;
using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>
/// The programme's mentee journeys that wait for a mentor: running instances under the programme's journey prefix
/// whose status says the given stages. The caller raises its event to each; reading is all this does.
/// </summary>
public sealed class FindWaitingJourneys(DurableTaskClient client) : TaskActivity<WaitingJourneysQuery, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, WaitingJourneysQuery input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = ProgrammeId.Parse(input.ProgrammeId, "programmeId").Value;
        var found = new List<string>();
        string? continuation = null;
        do
        {
            var page = await client.GetInstancesAsync(
                new InstanceQuery(
                    Statuses: [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending],
                    InstanceIdPrefix: JourneyIds.MenteeJourneyPrefix(programme),
                    ContinuationToken: continuation,
                    IncludeInputsAndOutputs: true),
                context.CancellationToken).ConfigureAwait(false);
            found.AddRange(page.Instances
                .Where(i => i.ReadCustomStatusAs<JourneyStatus>() is { } status && input.Stages.Contains(status.Stage))
                .Select(i => i.InstanceId));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        return found;
    }
}
