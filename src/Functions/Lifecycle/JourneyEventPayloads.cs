using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Reviews;

namespace MentorFlow.Functions.Lifecycle;

// The bodies of the events in JourneyEvents. Each names the mentorship (or proposal) it answers, so an answer to an
// earlier proposal that arrives late is recognised and ignored rather than taken for the current one.

/// <summary>The mentor's answer to proposal <paramref name="MentorshipId"/>.</summary>
public sealed record MatchResponse(string MentorshipId, bool Accepted);

/// <summary>The mentee's choice among the suggestions of attempt <paramref name="MentorshipId"/>.</summary>
public sealed record MentorChosen(string MentorshipId, string MentorId);

/// <summary>
/// The administrator's decision on proposal <paramref name="MentorshipId"/>: approve it, approve another mentor
/// (<paramref name="MentorId"/>), or reject it so the next-best is proposed.
/// </summary>
public sealed record MatchApproval(string MentorshipId, bool Approved, string? MentorId);

/// <summary>A cohort run's proposal of a mentor to a waiting mentee, with the score and its reasons.</summary>
public sealed record CohortProposal(string RunId, string MentorId, double Score, IReadOnlyList<string> Reasons);

/// <summary>The proposed mentor of <paramref name="MentorshipId"/> paused.</summary>
public sealed record ProposalWithdrawn(string MentorshipId);

/// <summary>
/// The agreement the mentee (or, revising, the mentor) submitted for <paramref name="MentorshipId"/>. From a link's
/// page, <paramref name="SubmissionId"/> is the link's token id: a submission the journey already applied (the page's
/// retry after a crash) is not a new revision.
/// </summary>
public sealed record AgreementSubmitted(string MentorshipId, MentorshipRole By, AgreementDraft Draft, string? SubmissionId = null);

/// <summary>One side's confirmation of revision <paramref name="Revision"/> of the agreement.</summary>
public sealed record AgreementConfirmed(string MentorshipId, MentorshipRole By, int Revision);

/// <summary>One side's check-in for review cycle <paramref name="Cycle"/>.</summary>
public sealed record CheckInSubmitted(string MentorshipId, MentorshipRole By, int Cycle, CheckInDraft Draft);

/// <summary>A request to end the mentorship early, with its reason.</summary>
public sealed record EarlyCloseRequested(string MentorshipId, CloseRequester By, string Reason);

/// <summary>One side's final review of <paramref name="MentorshipId"/>.</summary>
public sealed record FinalReviewSubmitted(string MentorshipId, MentorshipRole By, FinalReviewDraft Draft);
