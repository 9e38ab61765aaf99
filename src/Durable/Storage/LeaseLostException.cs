namespace MentorFlow.Durable.Storage;

/// <summary>
/// The lease on a work item expired and another worker may hold it now: the step or activity result was not
/// committed, and must not be. The worker drops the work item; the new holder redoes it.
/// </summary>
public sealed class LeaseLostException : Exception
{
    /// <summary>Creates the exception for a work item.</summary>
    public LeaseLostException(string workItemId)
        : base($"The lease on work item '{workItemId}' was lost; nothing was committed.") => WorkItemId = workItemId;

    /// <summary>Creates the exception with no work item id.</summary>
    public LeaseLostException() : base("The lease on a work item was lost; nothing was committed.") => WorkItemId = string.Empty;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public LeaseLostException(string message, Exception innerException) : base(message, innerException) => WorkItemId = string.Empty;

    /// <summary>The instance id or activity task id whose lease was lost.</summary>
    public string WorkItemId { get; }
}
