namespace MentorFlow.Domain.Enrolments;

/// <summary>What a mentee wants from the mentorship, in their words, with tags that name the topics.</summary>
public sealed record MenteeGoal(string Text, IReadOnlyList<string> Tags);
