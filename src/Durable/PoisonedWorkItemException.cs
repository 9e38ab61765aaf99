namespace MentorFlow.Durable;

/// <summary>
/// A work item was taken more often than <c>MaxDequeueCount</c> without ever completing (its code kept crashing the
/// worker, or loading it kept failing), so the runtime stopped running it and failed it with this reason.
/// </summary>
public sealed class PoisonedWorkItemException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PoisonedWorkItemException() : base("The work item was poisoned.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PoisonedWorkItemException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public PoisonedWorkItemException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
