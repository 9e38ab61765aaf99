namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>SendGrid did not take an email; the message says why (SendGrid's errors, no addresses).</summary>
public sealed class EmailNotSentException : Exception
{
    public EmailNotSentException(string idempotencyKey, MailSendStatus status, TimeSpan? retryAfter, string reason)
        : base($"Email '{idempotencyKey}' was not sent: {reason}")
    {
        IdempotencyKey = idempotencyKey;
        Status = status;
        RetryAfter = retryAfter;
    }

    public EmailNotSentException()
        : this("(unknown)", MailSendStatus.Unavailable, null, "no reason given")
    {
    }

    public EmailNotSentException(string message)
        : base(message)
    {
        IdempotencyKey = "(unknown)";
    }

    public EmailNotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
        IdempotencyKey = "(unknown)";
    }

    public string IdempotencyKey { get; }

    /// <summary><see cref="MailSendStatus.Rejected"/> will not succeed on a retry; the others may.</summary>
    public MailSendStatus Status { get; } = MailSendStatus.Unavailable;

    /// <summary>For a throttled send: how long to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; }
}
