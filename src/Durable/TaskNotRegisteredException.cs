namespace MentorFlow.Durable;

/// <summary>No orchestrator or activity with the requested name is registered with the worker.</summary>
public sealed class TaskNotRegisteredException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TaskNotRegisteredException() : base("No orchestrator or activity with that name is registered.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TaskNotRegisteredException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public TaskNotRegisteredException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
