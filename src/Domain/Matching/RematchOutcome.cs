namespace MentorFlow.Domain.Matching;

/// <summary>The next step for a mentee whose proposal failed, with the suggestions when there are some.</summary>
public sealed record RematchOutcome(RematchStep Step, IReadOnlyList<CandidateMatch> Suggestions, string Reason);
