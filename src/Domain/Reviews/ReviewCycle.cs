namespace MentorFlow.Domain.Reviews;

/// <summary>One review cycle of a mentorship: its number (from 1) and the time it covers.</summary>
public sealed record ReviewCycle(int Number, DateTimeOffset Starts, DateTimeOffset Ends);
