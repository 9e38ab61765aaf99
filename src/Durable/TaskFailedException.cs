namespace MentorFlow.Durable;

/// <summary>
/// What an orchestrator catches when an activity or sub-orchestration it called failed. <see cref="FailureDetails"/>
/// describes the failure in the task (its exception type, message and stack), which ran elsewhere.
/// </summary>
public sealed class TaskFailedException : Exception
{
    /// <summary>Creates the exception for a failed task.</summary>
    /// <param name="taskName">The activity's or sub-orchestrator's name.</param>
    /// <param name="taskId">The orchestrator's sequence number for the call.</param>
    /// <param name="failureDetails">The failure in the task.</param>
    public TaskFailedException(string taskName, int taskId, FailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed with an unhandled exception: {failureDetails?.ErrorMessage}")
    {
        ArgumentNullException.ThrowIfNull(failureDetails);
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    /// <summary>Creates the exception with no task.</summary>
    public TaskFailedException() : this("unknown", -1, new FailureDetails(nameof(Exception), "A task failed."))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TaskFailedException(string message) : base(message)
    {
        TaskName = "unknown";
        TaskId = -1;
        FailureDetails = new FailureDetails(nameof(Exception), message);
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public TaskFailedException(string message, Exception innerException) : base(message, innerException)
    {
        TaskName = "unknown";
        TaskId = -1;
        FailureDetails = FailureDetails.FromException(innerException);
    }

    /// <summary>The activity's or sub-orchestrator's name.</summary>
    public string TaskName { get; }

    /// <summary>The orchestrator's sequence number for the call.</summary>
    public int TaskId { get; }

    /// <summary>The failure in the task.</summary>
    public FailureDetails FailureDetails { get; }
}
