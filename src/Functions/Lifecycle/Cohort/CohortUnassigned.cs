namespace MentorFlow.Functions.Lifecycle.Cohort;

/// <summary>A waiting journey the cohort run could not place, and why.</summary>
public sealed record CohortUnassigned(string JourneyId, string MenteeId, string Reason);
