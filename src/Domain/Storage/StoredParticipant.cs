using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Storage;

/// <summary>
/// An accepted enrolment as kept: the validated draft (so <see cref="Enrolment.FromDraft"/> rebuilds it), when it
/// was accepted, and the participant's status.
/// </summary>
public sealed record StoredParticipant(
    ProgrammeId Programme,
    ParticipantId Id,
    EnrolmentRole Role,
    EnrolmentDraft Draft,
    DateTimeOffset EnrolledAt,
    ParticipantStatus Status);
