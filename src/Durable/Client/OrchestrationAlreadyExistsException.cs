namespace MentorFlow.Durable.Client;

/// <summary>A start was refused because an instance with that id is Pending, Running or Suspended.</summary>
public sealed class OrchestrationAlreadyExistsException : InvalidOperationException
{
    /// <summary>Creates the exception for an instance id.</summary>
    public OrchestrationAlreadyExistsException(string instanceId)
        : base($"An orchestration with instance id '{instanceId}' is already pending or running.") => InstanceId = instanceId;

    /// <summary>Creates the exception with no instance id.</summary>
    public OrchestrationAlreadyExistsException() : base("An orchestration with that instance id is already pending or running.")
        => InstanceId = string.Empty;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public OrchestrationAlreadyExistsException(string message, Exception innerException) : base(message, innerException)
        => InstanceId = string.Empty;

    /// <summary>The instance id that is taken.</summary>
    public string InstanceId { get; }
}
