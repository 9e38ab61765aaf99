namespace MentorFlow.Durable;

/// <summary>
/// The orchestrator's code no longer matches its history (it scheduled something else, or less, or more, than the
/// history records at a sequence number). The instance fails with this rather than take another path.
/// </summary>
public sealed class NonDeterministicOrchestrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NonDeterministicOrchestrationException()
        : base("The orchestrator's code does not match its history.")
    {
    }

    /// <summary>Creates the exception with a message naming the step.</summary>
    public NonDeterministicOrchestrationException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public NonDeterministicOrchestrationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
