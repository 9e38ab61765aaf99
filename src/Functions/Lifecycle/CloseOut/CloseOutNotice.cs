using MentorFlow.Domain.CloseOut;
using MentorFlow.Functions.Lifecycle.Reviews;

namespace MentorFlow.Functions.Lifecycle.CloseOut;

/// <summary>
/// A mentorship's close-out: its cycles (for the summary), when it closed early, who asked, why and when, and the
/// final reviews (null when none were asked for: a mentorship closed before its agreement).
/// </summary>
public sealed record CloseOutNotice(
    JourneyRef Journey,
    string MentorId,
    IReadOnlyList<CycleRecord> Cycles,
    CloseRequester? ClosedEarlyBy,
    string? EarlyCloseReason,
    DateTimeOffset? EarlyCloseAt,
    FinalReviewAnswers? FinalReviews);
