namespace MentorFlow.Domain.Matching;

/// <summary>Why a pair cannot be matched, in words an administrator can act on.</summary>
public sealed record Refusal(ConstraintKind Constraint, string Reason);
