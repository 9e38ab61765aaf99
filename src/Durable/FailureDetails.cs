namespace MentorFlow.Durable;

/// <summary>
/// What is kept of a failure: the exception's type, message and stack, and the failure that caused it.
/// Stored in history, so it survives restarts and reaches the orchestrator that called the failed task.
/// </summary>
/// <param name="ErrorType">The full name of the exception type.</param>
/// <param name="ErrorMessage">The exception's message.</param>
/// <param name="StackTrace">The stack trace, where there was one.</param>
/// <param name="InnerFailure">The failure that caused this one, if any.</param>
/// <param name="IsNonRetriable">True when retrying cannot help (for example a non-determinism error).</param>
public sealed record FailureDetails(
    string ErrorType,
    string ErrorMessage,
    string? StackTrace = null,
    FailureDetails? InnerFailure = null,
    bool IsNonRetriable = false)
{
    /// <summary>
    /// Captures an exception and its inner exceptions. For a <see cref="TaskFailedException"/> the inner failure is
    /// the failed task's own failure, so <see cref="IsCausedBy{TException}"/> sees through an orchestrator that let
    /// an activity's failure escape. A <see cref="NonDeterministicOrchestrationException"/> is non-retriable.
    /// </summary>
    public static FailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        FailureDetails? inner = exception switch
        {
            TaskFailedException failed => failed.FailureDetails,
            { InnerException: { } innerException } => FromException(innerException),
            _ => null,
        };
        return new FailureDetails(
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            inner,
            exception is NonDeterministicOrchestrationException or PoisonedWorkItemException or TaskNotRegisteredException);
    }

    /// <summary>True when this failure, or one of its causes, has the given exception type.</summary>
    public bool IsCausedBy<TException>() where TException : Exception
        => ErrorType == typeof(TException).FullName || (InnerFailure?.IsCausedBy<TException>() ?? false);
}
