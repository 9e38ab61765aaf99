namespace MentorFlow.Domain.Matching;

/// <summary>What holds a place in a mentor's capacity.</summary>
public enum HoldingState
{
    /// <summary>A match proposed and not yet answered: the place is held so that acceptance can never overfill.</summary>
    Proposed,

    /// <summary>An accepted match, up to its close-out.</summary>
    Active,
}
