namespace MentorFlow.Infrastructure.SendGrid;

public enum MailSendStatus
{
    /// <summary>SendGrid took the email (202, or 200 in sandbox mode).</summary>
    Accepted,

    /// <summary>The email or the account was refused (400, 401, 403, 413, ...): retrying cannot help.</summary>
    Rejected,

    /// <summary>Rate-limited until a reset later than the adapter waits for; retry after <see cref="MailSendResult.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>5xx answers, timeouts or connection failures outlasted the bounded retries.</summary>
    Unavailable,
}
