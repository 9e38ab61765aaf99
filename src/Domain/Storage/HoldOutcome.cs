namespace MentorFlow.Domain.Storage;

/// <summary>What came of asking for a place with a mentor.</summary>
public enum HoldOutcome
{
    /// <summary>The place is now held for the mentee (or already was, by this same mentee with this mentor).</summary>
    Held,

    /// <summary>The mentor has no place left.</summary>
    Full,

    /// <summary>The mentor takes no new proposals for now.</summary>
    Paused,

    /// <summary>The mentor has not joined the programme's pool.</summary>
    NotInPool,

    /// <summary>The mentee already holds a place with another mentor; release it first.</summary>
    HoldsAnother,
}
