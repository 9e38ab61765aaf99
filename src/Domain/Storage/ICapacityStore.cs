using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Storage;

/// <summary>
/// Mentors' places in a programme, kept so that two journeys can never take the last place twice: each change is
/// one atomic check-and-write. Every method is idempotent, because activities run at least once.
/// The rules are <see cref="CapacityLedger"/>'s: a mentee holds at most one place; a paused mentor gets no new
/// proposals; proposals plus mentorships never exceed a mentor's capacity.
/// </summary>
public interface ICapacityStore
{
    /// <summary>Adds the mentor's seat; a repeat keeps the first capacity.</summary>
    Task JoinAsync(ProgrammeId programme, ParticipantId mentor, int capacity, CancellationToken cancellationToken);

    /// <summary>Holds a place with the mentor for a proposal to the mentee.</summary>
    Task<HoldOutcome> TryHoldAsync(ProgrammeId programme, ParticipantId mentee, ParticipantId mentor, CancellationToken cancellationToken);

    /// <summary>Turns the mentee's proposal into an active mentorship's place; false when the mentee holds none.</summary>
    Task<bool> AcceptAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken);

    /// <summary>Frees the mentee's place, proposed or active; returns the mentor it was with, or null when none was held.</summary>
    Task<ParticipantId?> ReleaseAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken);

    /// <summary>Pauses the mentor and withdraws their open proposals; returns the mentees whose proposals were withdrawn.</summary>
    Task<IReadOnlyList<ParticipantId>> PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken);

    Task ResumeAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken);

    Task<CapacitySnapshot> ReadAsync(ProgrammeId programme, CancellationToken cancellationToken);
}
