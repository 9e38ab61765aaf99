namespace MentorFlow.Domain.CloseOut;

/// <summary>
/// One side's final review as submitted (JSON, camelCase): how they rate what the mentorship achieved (1–5), what
/// went well, and what they will carry forward.
/// </summary>
public sealed record FinalReviewDraft(int? Rating, string? WentWell, string? CarryForward);
