using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Functions.Lifecycle.Agreements;

/// <summary>An agreement past its deadline, and who has not confirmed it.</summary>
public sealed record AgreementEscalationNotice(JourneyRef Journey, string MentorId, IReadOnlyList<MentorshipRole> NotConfirmedBy, DateTimeOffset Deadline);
