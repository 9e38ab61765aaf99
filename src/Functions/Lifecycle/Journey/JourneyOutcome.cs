namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>How a journey ended: its last stage, the mentorship and mentor if there was one, and in a few words why.</summary>
public sealed record JourneyOutcome(string Stage, string? MentorshipId, string? MentorId, string Summary);
