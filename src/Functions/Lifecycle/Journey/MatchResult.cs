namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>How matching ended: a mentor accepted (the term starts then), or someone closed the journey early.</summary>
public sealed record MatchResult(DateTimeOffset TermStart, EarlyCloseRequested? EarlyClose);
