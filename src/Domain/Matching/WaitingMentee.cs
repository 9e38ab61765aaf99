using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>A mentee waiting for a mentor, with the mentors who already declined them (never proposed again).</summary>
public sealed record WaitingMentee(ParticipantId Mentee, DateTimeOffset EnrolledAt, IReadOnlySet<ParticipantId> ExcludedMentors);
