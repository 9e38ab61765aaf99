using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>One mentee's place with one mentor.</summary>
public sealed record Holding(ParticipantId Mentee, ParticipantId Mentor, HoldingState State);
