using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Storage;

/// <summary>
/// Where accepted enrolments are kept, one per person and programme. The one change of role is a mentee whose
/// mentorship has finished becoming a mentor of the same programme (<see cref="ReplaceMenteeAsync"/>).
/// </summary>
public interface IParticipantStore
{
    /// <summary>
    /// Keeps the participant unless one with the same programme and id is kept already; either way returns what is
    /// kept, so the first enrolment wins and a repeat changes nothing.
    /// </summary>
    Task<StoredParticipant> AddAsync(StoredParticipant participant, CancellationToken cancellationToken);

    /// <summary>
    /// Puts the given mentor enrolment in the place of the same person's mentee enrolment, in one write conditional on
    /// the record read (so it cannot undo a change made meanwhile). When the kept enrolment is no mentee's (already the
    /// mentor's, after a repeat) nothing changes. Returns what is kept then, or null when no one is kept.
    /// </summary>
    Task<StoredParticipant?> ReplaceMenteeAsync(StoredParticipant mentor, CancellationToken cancellationToken);

    Task<StoredParticipant?> GetAsync(ProgrammeId programme, ParticipantId id, CancellationToken cancellationToken);

    /// <summary>Every participant of one role in one programme, in enrolment order (then id), whatever their status.</summary>
    Task<IReadOnlyList<StoredParticipant>> ListAsync(ProgrammeId programme, EnrolmentRole role, CancellationToken cancellationToken);

    /// <summary>Sets the status; false when there is no such participant.</summary>
    Task<bool> SetStatusAsync(ProgrammeId programme, ParticipantId id, ParticipantStatus status, CancellationToken cancellationToken);
}
