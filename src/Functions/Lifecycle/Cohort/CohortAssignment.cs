namespace MentorFlow.Functions.Lifecycle.Cohort;

/// <summary>A waiting journey's mentor from a cohort run, with the score and reasons.</summary>
public sealed record CohortAssignment(string JourneyId, string MenteeId, string MentorId, double Score, IReadOnlyList<string> Reasons);
