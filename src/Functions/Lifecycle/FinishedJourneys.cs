using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Durable;
using MentorFlow.Durable.Client;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// Whether a mentee's journey has finished: its instance completed, the mentorship closed at the term's end or early.
/// A mentee whose journey has finished may enrol in the same programme again, as a mentor; while it runs they may not.
/// </summary>
public static class FinishedJourneys
{
    public static bool IsFinished(OrchestrationMetadata? journey) => journey is not null && IsFinished(journey.RuntimeStatus);

    public static bool IsFinished(OrchestrationRuntimeStatus journey) => journey == OrchestrationRuntimeStatus.Completed;

    public static async Task<bool> HasFinishedAsync(DurableTaskClient client, ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return IsFinished(await client.GetInstanceAsync(JourneyIds.MenteeJourney(programme, mentee), cancellationToken: cancellationToken).ConfigureAwait(false));
    }
}
