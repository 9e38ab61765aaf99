using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Functions.Lifecycle.Agreements;

/// <summary>
/// One agreement email of mentorship <paramref name="MentorshipId"/>: to <paramref name="To"/>, due by
/// <paramref name="Deadline"/>; the agreement as it stands when there is one; the reminder's number for reminders.
/// </summary>
public sealed record AgreementNotice(
    JourneyRef Journey,
    string MentorshipId,
    string MentorId,
    MentorshipRole To,
    DateTimeOffset Deadline,
    AgreementSnapshot? Agreement = null,
    int? Reminder = null);
