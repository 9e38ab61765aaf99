namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>The <c>custom_args</c> keys MentorFlow sets on each email and reads back from webhook events.</summary>
public static class SendGridCustomArgs
{
    /// <summary>The email's idempotency key; SendGrid has none of its own, so a resend is recognised by it.</summary>
    public const string CorrelationId = "mentorflow_correlation_id";
}
