using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>Refuses SendGrid settings at start-up, naming each wrong setting by its app-setting name.</summary>
public sealed class SendGridOptionsValidator : IValidateOptions<SendGridOptions>
{
    public ValidateOptionsResult Validate(string? name, SendGridOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("SendGrid__ApiKey is required: an API key with the Mail Send permission.");
        }

        if (string.IsNullOrWhiteSpace(options.From))
        {
            failures.Add("SendGrid__From is required: the verified sender address.");
        }
        else if (!MailAddress.TryCreate(options.From, out _))
        {
            failures.Add("SendGrid__From must be an email address.");
        }

        if (!string.IsNullOrWhiteSpace(options.ReplyTo) && !MailAddress.TryCreate(options.ReplyTo, out _))
        {
            failures.Add("SendGrid__ReplyTo must be an email address when set.");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("SendGrid__BaseUrl must be an absolute http(s) URL.");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            failures.Add("SendGrid__MaxAttempts must be between 1 and 10.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
        {
            failures.Add("SendGrid__FirstRetryDelay must be positive and not above SendGrid__MaxRetryDelay.");
        }

        if (options.MaxRateLimitWait < TimeSpan.Zero)
        {
            failures.Add("SendGrid__MaxRateLimitWait must not be negative.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add("SendGrid__AttemptTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
