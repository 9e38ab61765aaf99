namespace MentorFlow.Domain.Reviews;

/// <summary>
/// A check-in as submitted (JSON, camelCase). <c>progress</c> holds one percentage (0–100) per agreement
/// goal, in the agreement's order; <c>challenges</c> are misalignedExpectations, lackOfCommunication,
/// schedulingConflicts, burnout or other.
/// </summary>
public sealed record CheckInDraft(
    IReadOnlyList<int>? Progress,
    int? Satisfaction,
    IReadOnlyList<string>? Challenges,
    string? Notes,
    string? NextSteps);
