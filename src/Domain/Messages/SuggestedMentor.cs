namespace MentorFlow.Domain.Messages;

/// <summary>One mentor offered to a mentee who chooses, with the reasons and the link that chooses them.</summary>
public sealed record SuggestedMentor(string Name, double Score, IReadOnlyList<string> Reasons, Uri ChooseLink);
