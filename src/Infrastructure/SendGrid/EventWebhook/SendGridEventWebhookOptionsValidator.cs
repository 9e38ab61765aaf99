using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>Refuses webhook settings at start-up, naming the setting; the key must load as a P-256 public key.</summary>
public sealed class SendGridEventWebhookOptionsValidator : IValidateOptions<SendGridEventWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, SendGridEventWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.VerificationKey))
        {
            failures.Add("SendGrid__EventWebhook__VerificationKey is required: the signed Event Webhook's verification key.");
        }
        else if (!SendGridSignatureVerifier.TryCreate(options.VerificationKey, out var verifier))
        {
            failures.Add("SendGrid__EventWebhook__VerificationKey must be a base64 DER ECDSA P-256 public key, as SendGrid shows it.");
        }
        else
        {
            verifier.Dispose();
        }

        if (options.TimestampTolerance <= TimeSpan.Zero)
        {
            failures.Add("SendGrid__EventWebhook__TimestampTolerance must be positive.");
        }

        if (options.DedupeRetention < TimeSpan.FromDays(1))
        {
            failures.Add("SendGrid__EventWebhook__DedupeRetention must be at least one day: SendGrid retries a post for up to 24 hours.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
