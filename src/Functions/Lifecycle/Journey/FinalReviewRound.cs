namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>
/// The final generation's reason and deadline: the end of the term (no request), or an early close, with when the
/// closing began; the final reviews are awaited until <paramref name="Deadline"/>.
/// </summary>
public sealed record FinalReviewRound(DateTimeOffset Deadline, EarlyCloseRequested? EarlyClose, DateTimeOffset ClosingAt);
