namespace MentorFlow.Infrastructure.Graph;

/// <summary>A calendar operation Graph did not carry out, for the caller's retry policy or the administrator.</summary>
public sealed class GraphCalendarException : Exception
{
    public GraphCalendarException()
    {
    }

    public GraphCalendarException(string message)
        : base(message)
    {
    }

    public GraphCalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphCalendarException(string message, CalendarFailureKind failure)
        : base(message) => Failure = failure;

    public CalendarFailureKind? Failure { get; }
}
