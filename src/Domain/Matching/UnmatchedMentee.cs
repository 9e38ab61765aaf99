using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>A mentee the cohort could not place, and why, for the waitlist and the administrator.</summary>
public sealed record UnmatchedMentee(ParticipantId Mentee, string Reason);
