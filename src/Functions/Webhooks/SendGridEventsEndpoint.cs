using MentorFlow.Functions.Http;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/sendgrid/events</c>, SendGrid's signed Event Webhook. The raw body is read up to
/// <see cref="BodyLimit"/> (413 over it) and its signature checked before anything is parsed: 401 for missing
/// headers, a bad signature or a timestamp outside the tolerance (a possible replay), 400 for a body that is not a JSON
/// array. Each event not handled before is handled (a bounce, drop or block marks the participant undeliverable and
/// alerts the administrator) and only then recorded as handled, so a failure part-way answers 500 and SendGrid's retry
/// handles the rest. 204 when every event is handled.
/// </summary>
public static class SendGridEventsEndpoint
{
    /// <summary>SendGrid batches events into posts far below this.</summary>
    public const int BodyLimit = 1024 * 1024;

    public const string Route = "/webhooks/sendgrid/events";

    public static async Task<IResult> PostAsync(
        HttpContext context,
        [FromServices] SendGridEventWebhookReceiver receiver,
        [FromServices] IEventDeduplicator deduplicator,
        [FromServices] UndeliverableAddresses undeliverable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (await BoundedBody.ReadAsync(request, BodyLimit, cancellationToken) is not { } body)
        {
            return HttpProblems.TooLarge(BodyLimit);
        }

        var receipt = await receiver.ReceiveAsync(
            request.Headers[SendGridEventWebhookReceiver.SignatureHeader],
            request.Headers[SendGridEventWebhookReceiver.TimestampHeader],
            body,
            cancellationToken);
        if (receipt.Refusal is { } refusal)
        {
            return Refused(refusal);
        }

        foreach (var delivery in receipt.NewEvents)
        {
            if (delivery.IsUndeliverable)
            {
                await undeliverable.HandleAsync(delivery, cancellationToken);
            }

            await deduplicator.MarkHandledAsync(delivery.EventId, cancellationToken);
        }

        return Results.NoContent();
    }

    private static IResult Refused(WebhookRefusal refusal) => refusal switch
    {
        WebhookRefusal.MalformedBody => Results.Problem(
            statusCode: StatusCodes.Status400BadRequest, title: "The body is not SendGrid's JSON array of events."),
        WebhookRefusal.StaleTimestamp => Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized, title: "The signed timestamp is too far from now."),
        _ => Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized, title: "The post does not carry a valid SendGrid signature."),
    };
}
