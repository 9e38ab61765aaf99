namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>
/// Settings for receiving SendGrid's signed Event Webhook, bound from <c>SendGrid:EventWebhook</c>
/// (app settings <c>SendGrid__EventWebhook__VerificationKey</c>, ...).
/// </summary>
public sealed class SendGridEventWebhookOptions
{
    public const string SectionName = "SendGrid:EventWebhook";

    /// <summary>The verification key SendGrid shows for the signed webhook: base64 DER SubjectPublicKeyInfo (ECDSA P-256).</summary>
    public string? VerificationKey { get; set; }

    /// <summary>How far the signed timestamp may be from now; older posts are refused as possible replays.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a handled event's id is remembered to refuse its repeats. SendGrid retries a post for up to 24 hours,
    /// so the default leaves a wide margin.
    /// </summary>
    public TimeSpan DedupeRetention { get; set; } = TimeSpan.FromDays(3);
}
