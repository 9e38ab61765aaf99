namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>Why a webhook post was refused; the HTTP edge answers 401 for the first three, 400 for the last.</summary>
public enum WebhookRefusal
{
    MissingHeaders,
    BadSignature,
    StaleTimestamp,
    MalformedBody,
}
