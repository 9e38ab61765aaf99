namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>A mentor the journey may propose, with the match score and the reasons people read.</summary>
public sealed record MentorOption(string MentorId, string Name, double Score, IReadOnlyList<string> Reasons);
