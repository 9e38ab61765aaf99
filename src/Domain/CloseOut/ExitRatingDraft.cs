namespace MentorFlow.Domain.CloseOut;

/// <summary>One side's exit rating as submitted (JSON, camelCase): 1–5 and an optional comment.</summary>
public sealed record ExitRatingDraft(int? Rating, string? Comment);
