namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>The outcome of one webhook post: refused with a reason, or accepted with its new events.</summary>
public sealed class WebhookReceipt
{
    private WebhookReceipt(WebhookRefusal? refusal, IReadOnlyList<DeliveryEvent> newEvents, int duplicates, int skipped)
    {
        Refusal = refusal;
        NewEvents = newEvents;
        Duplicates = duplicates;
        Skipped = skipped;
    }

    public bool IsAccepted => Refusal is null;

    public WebhookRefusal? Refusal { get; }

    /// <summary>Events not seen before, in the order SendGrid sent them.</summary>
    public IReadOnlyList<DeliveryEvent> NewEvents { get; }

    public int Duplicates { get; }

    /// <summary>Array entries that were not event objects with an <c>sg_event_id</c> and an <c>event</c>.</summary>
    public int Skipped { get; }

    public static WebhookReceipt Refused(WebhookRefusal refusal) => new(refusal, [], 0, 0);

    public static WebhookReceipt Accepted(IReadOnlyList<DeliveryEvent> newEvents, int duplicates, int skipped) =>
        new(null, newEvents, duplicates, skipped);
}
