using MentorFlow.Functions.Lifecycle.CloseOut;
using MentorFlow.Functions.Lifecycle.Reviews;

namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>
/// What a close-out works from: the cycles held, the early-close request if any, and the final reviews (null when none
/// were asked for: a mentorship closed before its agreement).
/// </summary>
public sealed record CloseOutPlan(IReadOnlyList<CycleRecord> Cycles, EarlyCloseRequested? EarlyClose, DateTimeOffset At, FinalReviewAnswers? FinalReviews);
