using MentorFlow.Domain.Reviews;

namespace MentorFlow.Functions.Lifecycle.Reviews;

/// <summary>A check-in as the journey carries it: the draft that validated, and when it came.</summary>
public sealed record SubmittedCheckIn(CheckInDraft Draft, DateTimeOffset At);
