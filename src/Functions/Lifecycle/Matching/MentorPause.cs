using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable.Client;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>
/// A mentor's pause (the link page's <c>pause</c> action, on the mentor intake's journey id): no new proposals, and
/// every open proposal to them is withdrawn, each journey told with <c>proposal-withdrawn</c> for its current
/// mentorship so it moves on to the next-best mentor. Their mentorships carry on.
/// </summary>
public sealed class MentorPause(ICapacityStore capacity, DurableTaskClient client) : IMentorPause
{
    /// <summary>The pause link's call: how many open proposals were withdrawn.</summary>
    async Task<int> IMentorPause.PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken)
        => (await PauseAsync(programme, mentor, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>Pauses the mentor; returns the journeys whose proposals were withdrawn.</summary>
    public async Task<IReadOnlyList<string>> PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentor);
        var withdrawn = await capacity.PauseAsync(programme, mentor, cancellationToken).ConfigureAwait(false);
        var told = new List<string>();
        foreach (var mentee in withdrawn)
        {
            var journeyId = JourneyIds.MenteeJourney(programme, mentee);
            var journey = await client.GetInstanceAsync(journeyId, getInputsAndOutputs: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (journey?.ReadCustomStatusAs<JourneyStatus>() is { MentorshipId: { } mentorshipId } status && status.MentorId == mentor.Value)
            {
                await client.RaiseEventAsync(journeyId, JourneyEvents.ProposalWithdrawn, new ProposalWithdrawn(mentorshipId), cancellationToken).ConfigureAwait(false);
                told.Add(journeyId);
            }
        }

        return told;
    }
}
