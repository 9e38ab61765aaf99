namespace MentorFlow.Infrastructure.Graph.Scheduling;

/// <summary>
/// A participant to find a slot for: their mailbox, and the weekly hours they prefer (null: only the working
/// hours their mailbox reports).
/// </summary>
public sealed record SlotParticipant(string Email, WeeklyHours? Preferred = null);
