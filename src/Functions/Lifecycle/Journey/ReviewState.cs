using MentorFlow.Domain.Agreements;
using MentorFlow.Functions.Lifecycle.Meetings;
using MentorFlow.Functions.Lifecycle.Reviews;

namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>
/// What a journey carries from one review generation to the next: the mentorship, its term and agreement, the cycle
/// to run, the check-ins of past cycles (at most the schedule's cycles, capped by the domain), the meetings still
/// ahead (to cancel at an early close), the latest risk verdict for the status, in a group programme the
/// origin of the group's review grid, and once the reviews are over the <see cref="FinalReviewRound"/> that the final
/// generation runs.
/// </summary>
public sealed record ReviewState(
    string MentorshipId,
    string MentorId,
    DateTimeOffset TermStart,
    DateTimeOffset TermEnd,
    DateTimeOffset ReviewsStart,
    AgreementSnapshot Agreement,
    int Cycle,
    IReadOnlyList<CycleRecord> PastCycles,
    IReadOnlyList<BookedMeeting> UpcomingMeetings,
    bool AtRisk,
    IReadOnlyList<string> RiskReasons,
    DateTimeOffset? GroupAnchor = null,
    FinalReviewRound? Closing = null);
