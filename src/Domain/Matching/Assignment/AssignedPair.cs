namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>One mentee placed with one mentor, with the score the pair contributes to the total.</summary>
public sealed record AssignedPair(int Mentee, int Mentor, double Score);
