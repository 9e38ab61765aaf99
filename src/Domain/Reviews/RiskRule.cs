namespace MentorFlow.Domain.Reviews;

/// <summary>The rules that can put a mentorship at risk.</summary>
public enum RiskRule
{
    MissedCheckIns,
    LowSatisfaction,
    StalledGoals,
    Burnout,
}
