namespace MentorFlow.Functions.Lifecycle.Cohort;

/// <summary>A cohort run's output: who was proposed which mentor, who was not and why, and the total score.</summary>
public sealed record CohortRunSummary(string RunId, IReadOnlyList<CohortAssignment> Assigned, IReadOnlyList<CohortUnassigned> Unassigned, double TotalScore);
