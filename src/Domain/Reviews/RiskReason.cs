namespace MentorFlow.Domain.Reviews;

/// <summary>
/// Why a mentorship is at risk, in words an administrator reads, and the action that reason calls for.
/// The explanation names roles, cycles and goal numbers, never people or what they wrote.
/// </summary>
public sealed record RiskReason(RiskRule Rule, string Explanation, SuggestedAction Action);
