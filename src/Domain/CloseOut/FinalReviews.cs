namespace MentorFlow.Domain.CloseOut;

/// <summary>The final reviews a close-out asked for: each side's, or null when that side sent none by the deadline.</summary>
public sealed record FinalReviews(FinalReview? Mentee, FinalReview? Mentor);
