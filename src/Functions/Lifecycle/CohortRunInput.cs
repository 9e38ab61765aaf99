namespace MentorFlow.Functions.Lifecycle;

/// <summary>The input of a cohort matching run: the programme, and the run's id as the administrator's request made it.</summary>
public sealed record CohortRunInput(string ProgrammeId, string RunId);
