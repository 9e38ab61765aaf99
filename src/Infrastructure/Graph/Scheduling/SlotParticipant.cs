namespace MentorFlow.Infrastructure.Graph.Scheduling;

/// <summary>
/// A participant to find a slot for: their mailbox, the weekly hours they prefer (null: only the working hours their
/// mailbox reports), and times they said they are not available although their mailbox may show them free (outside
/// the weekly availability of their enrolment, say).
/// </summary>
public sealed record SlotParticipant(string Email, WeeklyHours? Preferred = null, IReadOnlyList<BusyInterval>? Unavailable = null);
