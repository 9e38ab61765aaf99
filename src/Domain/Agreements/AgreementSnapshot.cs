using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Agreements;

/// <summary>
/// An agreement as stored (JSON, camelCase): its content as a draft, the term, and the confirmations of its
/// latest revision. <see cref="Agreement.Restore"/> checks it again before trusting it.
/// </summary>
public sealed record AgreementSnapshot(
    AgreementDraft Content,
    DateTimeOffset TermStart,
    DateTimeOffset TermEnd,
    int Revision,
    MentorshipRole RevisedBy,
    DateTimeOffset RevisedAt,
    DateTimeOffset? MenteeConfirmedAt,
    DateTimeOffset? MentorConfirmedAt);
