namespace MentorFlow.Domain.Meetings;

/// <summary>A meeting's start, and whether it lies in everyone's availability or is the default slot.</summary>
public sealed record ProposedSlot(DateTimeOffset StartsAt, bool InEveryonesAvailability);
