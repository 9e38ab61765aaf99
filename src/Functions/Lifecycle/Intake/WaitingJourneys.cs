using MentorFlow.Domain.Programmes;
using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>
/// Finds a programme's mentee journeys that wait for a mentor: running instances under the programme's journey
/// prefix whose <see cref="JourneyStatus"/> names one of the given stages.
/// </summary>
public sealed class WaitingJourneys(DurableTaskClient client)
{
    public async Task<IReadOnlyList<string>> FindAsync(ProgrammeId programme, IReadOnlyCollection<string> stages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(stages);
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
                cancellationToken).ConfigureAwait(false);
            found.AddRange(page.Instances
                .Where(i => i.ReadCustomStatusAs<JourneyStatus>() is { } status && stages.Contains(status.Stage))
                .Select(i => i.InstanceId));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        return found;
    }
}
