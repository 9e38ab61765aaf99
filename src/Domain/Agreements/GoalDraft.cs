namespace MentorFlow.Domain.Agreements;

/// <summary>
/// One goal as the mentee writes it (JSON, camelCase): <c>{"description","measure","target","targetDate","whyItMatters"}</c>.
/// Everything is optional here so that validation can name each missing part.
/// </summary>
public sealed record GoalDraft(
    string? Description,
    string? Measure,
    string? Target,
    DateTimeOffset? TargetDate,
    string? WhyItMatters);
