using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>The full verdict on one pair: every constraint it breaks, or the candidate match when it breaks none.</summary>
public sealed record PairAssessment(ParticipantId Mentee, ParticipantId Mentor, IReadOnlyList<Refusal> Refusals, CandidateMatch? Match)
{
    public bool IsFeasible => Refusals.Count == 0;
}
