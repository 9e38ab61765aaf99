using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// The input a mentee journey or a mentor intake starts with: the enrolment exactly as accepted over HTTP. Starting
/// the instance with it is what puts the accepted enrolment on disk before the 202, in one commit.
/// </summary>
public sealed record EnrolmentAccepted(string ProgrammeId, string ParticipantId, EnrolmentDraft Draft, DateTimeOffset EnrolledAt);
