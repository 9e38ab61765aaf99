namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>How asking one mentor ended.</summary>
public enum MentorAnswer
{
    Accepted,

    /// <summary>Declined or silent past the deadline: counts towards the rematch attempts.</summary>
    Failed,

    /// <summary>
    /// The place with the mentor was gone before the mentor could take the mentee: taken by another journey before the
    /// hold, withdrawn by a pause, or no longer held at acceptance. The mentor did not fail the mentee, so the mentee is
    /// proposed again without it counting towards the rematch attempts.
    /// </summary>
    PlaceLost,

    ClosedEarly,
}
