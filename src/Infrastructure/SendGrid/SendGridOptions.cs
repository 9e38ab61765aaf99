namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>
/// Settings for sending mail through SendGrid's v3 Mail Send API, bound from the <c>SendGrid</c> section
/// (app settings <c>SendGrid__ApiKey</c>, <c>SendGrid__From</c>, ...). See docs/configuration.md.
/// </summary>
public sealed class SendGridOptions
{
    public const string SectionName = "SendGrid";

    public string? ApiKey { get; set; }

    /// <summary>The sender address; it must be a verified sender or belong to an authenticated domain.</summary>
    public string? From { get; set; }

    public string? FromName { get; set; }

    /// <summary>Where replies go when they should not go to <see cref="From"/>; optional.</summary>
    public string? ReplyTo { get; set; }

    public string BaseUrl { get; set; } = "https://api.sendgrid.com";

    /// <summary>Validates each request without delivering it; SendGrid answers 200 instead of 202.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>Attempts per email, the first included, before a transient failure is reported.</summary>
    public int MaxAttempts { get; set; } = 4;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest wait for a rate-limit reset inside one call; a later reset is returned as a throttled
    /// result so that the caller (a durable activity) can wait on a timer instead of holding a worker.
    /// </summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
