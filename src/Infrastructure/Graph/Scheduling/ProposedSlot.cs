namespace MentorFlow.Infrastructure.Graph.Scheduling;

/// <summary>A proposed meeting time.</summary>
/// <param name="Start">When the meeting would start.</param>
/// <param name="End">When it would end.</param>
/// <param name="IsFallback">True when no common free slot was found and the default was proposed.</param>
/// <param name="SchedulesUnavailable">Mailboxes whose free/busy Graph could not give; only their preferences counted.</param>
public sealed record ProposedSlot(DateTimeOffset Start, DateTimeOffset End, bool IsFallback, IReadOnlyList<string> SchedulesUnavailable);
