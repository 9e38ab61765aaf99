namespace MentorFlow.Functions.Lifecycle;

/// <summary>The registered names of the lifecycle's orchestrators, as the management API and instance ids show them.</summary>
public static class OrchestrationNames
{
    public const string MenteeJourney = "MenteeJourney";
    public const string MentorIntake = "MentorIntake";
    public const string CohortRun = "CohortMatchingRun";
}
