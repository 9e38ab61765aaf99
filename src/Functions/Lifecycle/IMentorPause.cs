using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// Pauses a mentor: no new proposals go to them, and the proposals open to them now are withdrawn (each journey
/// waiting on one gets <see cref="JourneyEvents.ProposalWithdrawn"/>). The mentor's pause link calls it.
/// </summary>
public interface IMentorPause
{
    /// <summary>Pauses the mentor and returns how many open proposals were withdrawn. Pausing again changes nothing.</summary>
    Task<int> PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken);
}
