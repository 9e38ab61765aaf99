namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>How asking one mentor ended.</summary>
public enum MentorAnswer
{
    Accepted,

    /// <summary>Declined, silent past the deadline, withdrawn by a pause, or no place could be held.</summary>
    Failed,

    ClosedEarly,
}
