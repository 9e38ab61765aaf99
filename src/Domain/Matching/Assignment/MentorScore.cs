namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>An allowed pair seen from the mentee's side: the mentor's index and the pair's score.</summary>
public readonly record struct MentorScore(int Mentor, double Score);
