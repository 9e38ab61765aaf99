namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>
/// One event from SendGrid about an email MentorFlow sent (processed, delivered, bounce, dropped, ...).
/// </summary>
/// <param name="EventId">SendGrid's <c>sg_event_id</c>, unique per event.</param>
/// <param name="Kind">SendGrid's <c>event</c> field.</param>
/// <param name="Email">The recipient the event is about.</param>
/// <param name="OccurredAt">When it happened, from <c>timestamp</c>.</param>
/// <param name="CorrelationId">The email's idempotency key from <c>custom_args</c>, when the email had one.</param>
/// <param name="SendGridMessageId">SendGrid's <c>sg_message_id</c>: the send's <c>X-Message-Id</c> plus a suffix.</param>
/// <param name="Reason">SendGrid's explanation for a bounce, drop or block.</param>
/// <param name="BounceType">For bounces, <c>bounce</c> or <c>blocked</c> (the <c>type</c> field).</param>
public sealed record DeliveryEvent(
    string EventId,
    string Kind,
    string? Email,
    DateTimeOffset? OccurredAt,
    string? CorrelationId,
    string? SendGridMessageId,
    string? Reason,
    string? BounceType)
{
    /// <summary>
    /// The address cannot receive mail from us: a bounce (including a block), a drop (earlier bounce,
    /// unsubscribe, spam report, invalid address), or a legacy <c>blocked</c> event. Deferrals are temporary
    /// and SendGrid keeps retrying them, so they do not count.
    /// </summary>
    public bool IsUndeliverable => Kind is "bounce" or "dropped" or "blocked";
}
