namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>How a mentor's intake ended: joined the pool with how many places and how many waiting journeys were told, or refused and why.</summary>
public sealed record IntakeOutcome(bool Joined, int Capacity, int WaitingJourneysTold, string? Problem);
