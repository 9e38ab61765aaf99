namespace MentorFlow.Domain.Reviews;

/// <summary>When a mentorship counts as at risk; each programme sets its own.</summary>
public sealed record RiskThresholds(int MissedCheckInsInARow, int LowSatisfactionAtOrBelow, int StalledCyclesInARow)
{
    public static RiskThresholds Default { get; } = new(2, 2, 2);
}
