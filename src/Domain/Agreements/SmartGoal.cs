namespace MentorFlow.Domain.Agreements;

/// <summary>
/// A goal that passed every SMART check (see <see cref="SmartGoalRules"/>); only the agreement creates one.
/// </summary>
public sealed record SmartGoal
{
    internal SmartGoal(string description, string measure, string target, DateTimeOffset targetDate, string whyItMatters)
    {
        Description = description;
        Measure = measure;
        Target = target;
        TargetDate = targetDate;
        WhyItMatters = whyItMatters;
    }

    /// <summary>Specific: what the mentee will do.</summary>
    public string Description { get; }

    /// <summary>Measurable: how progress is measured.</summary>
    public string Measure { get; }

    /// <summary>Measurable: the value that means the goal is met.</summary>
    public string Target { get; }

    /// <summary>Time-bound: when, inside the programme term.</summary>
    public DateTimeOffset TargetDate { get; }

    /// <summary>Relevant: why it matters to the mentee.</summary>
    public string WhyItMatters { get; }

    internal GoalDraft ToDraft() => new(Description, Measure, Target, TargetDate, WhyItMatters);
}
