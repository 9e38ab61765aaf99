using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Infrastructure.Links;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// The pages behind participants' links, <see cref="ParticipantLinkRoutes.Pattern"/>. A GET shows the page; a POST
/// checks the token (used ones included), then the form, and only when both are good acts (raises the journey's
/// event, or pauses the mentor) and then redeems the token. Acting first makes a crash between the two steps safe: the
/// link is still unused, so the participant's retry acts again, and every act is one the journey (or the pause) takes
/// once however often it comes (an agreement submission carries its link's token id for that). A refusal answers its
/// status (401, 403, 404, 410, or 400 with the form and its errors) and changes nothing, so a form with a mistake can
/// be corrected and sent with the same link.
/// </summary>
public static partial class ParticipantPages
{
    /// <summary>The largest form a page takes: the agreement at its longest is a few kilobytes.</summary>
    public const long MaxFormBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapParticipantPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Anonymous: the signed, single-use token in the link is the participant's only credential (and, bound to one
        // journey and action, what stands in for an anti-forgery token).
        endpoints.MapGet(ParticipantLinkRoutes.Pattern, ShowAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(ParticipantLinkRoutes.Pattern, ActAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription()
            .WithMetadata(new RequestSizeLimitAttribute(MaxFormBytes));
        return endpoints;
    }

    public static async Task<IResult> ShowAsync(
        string journeyId,
        string action,
        [FromQuery] string? token,
        HttpContext context,
        [FromServices] SingleUseLinks links,
        [FromServices] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var opened = await OpenAsync(journeyId, action, token, context, links, client, cancellationToken);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var (link, page) = (opened.Link!, opened.Page!);
        return new HtmlPageResult(await page.ShowAsync(link, posted: null, [], cancellationToken), StatusCodes.Status200OK);
    }

    public static async Task<IResult> ActAsync(
        string journeyId,
        string action,
        [FromQuery] string? token,
        HttpContext context,
        [FromServices] SingleUseLinks links,
        [FromServices] DurableTaskClient client,
        [FromServices] ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var opened = await OpenAsync(journeyId, action, token, context, links, client, cancellationToken);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        // The endpoint's size limit stops a longer body in Kestrel as it streams; a declared length is refused up front.
        if (context.Request.ContentLength > MaxFormBytes)
        {
            return LinkPages.TooLarge();
        }

        var (link, page) = (opened.Link!, opened.Page!);
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        var read = await page.ReadAsync(link, form, cancellationToken);
        if (!read.IsSuccess)
        {
            return new HtmlPageResult(await page.ShowAsync(link, form, read.Errors, cancellationToken), StatusCodes.Status400BadRequest);
        }

        using var inFlight = context.RequestServices.GetRequiredService<LinkActsInFlight>().TryEnter(link.Claims.TokenId);
        if (inFlight is null)
        {
            return LinkPages.Refusal(LinkCheckStatus.AlreadyUsed);
        }

        // A post of the same link that finished since this one's first check has used it up.
        if (await links.CheckAsync(token, journeyId, link.Claims.Action, cancellationToken) is { IsValid: false } since)
        {
            return LinkPages.Refusal(since.Status);
        }

        var logger = loggers.CreateLogger(typeof(ParticipantPages));
        switch (read.Value)
        {
            case RaiseJourneyEvent raise:
                var raised = await client.RaiseEventAsync(link.Journey.Value, raise.EventName, raise.Payload, cancellationToken);
                LogActed(logger, link.Journey.Value, action, raised);
                if (await RedeemAsync(links, token, link, cancellationToken) is { } usedMeanwhile)
                {
                    return usedMeanwhile;
                }

                return raised switch
                {
                    InstanceOperationResult.NotFound => LinkPages.JourneyNotFound(),
                    InstanceOperationResult.AlreadyFinished => LinkPages.JourneyEnded(),
                    _ => LinkPages.Done(raise),
                };
            case PauseMentor pause:
                var pauser = context.RequestServices.GetRequiredService<IMentorPause>();
                var withdrawn = await pauser.PauseAsync(link.Journey.Programme, link.Journey.Participant, cancellationToken);
                LogPaused(logger, link.Journey.Value, withdrawn);
                if (await RedeemAsync(links, token, link, cancellationToken) is { } pausedMeanwhile)
                {
                    return pausedMeanwhile;
                }

                return LinkPages.Done(pause with
                {
                    Explanation = withdrawn switch
                    {
                        0 => pause.Explanation,
                        1 => pause.Explanation + " The one proposal waiting for your answer was withdrawn.",
                        _ => pause.Explanation + $" The {withdrawn} proposals waiting for your answer were withdrawn.",
                    },
                });
            default:
                throw new InvalidOperationException($"No handling for the act {read.Value.GetType().Name}.");
        }
    }

    /// <summary>
    /// Uses the link up once its act is done; a refusal when a concurrent post of the same link used it first (its act
    /// came twice, which the journey takes once).
    /// </summary>
    private static async Task<HtmlPageResult?> RedeemAsync(SingleUseLinks links, string? token, LinkContext link, CancellationToken cancellationToken)
    {
        var redeemed = await links.RedeemAsync(token, link.Journey.Value, link.Claims.Action, cancellationToken);
        return redeemed.IsValid ? null : LinkPages.Refusal(redeemed.Status);
    }

    // Everything a GET and a POST check alike, in order: the action, the token (signature, scope, expiry, use), the
    // argument, and that the journey is still there to act on.
    private static async Task<Opened> OpenAsync(
        string journeyId, string actionName, string? token, HttpContext context, SingleUseLinks links, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (!LinkActionNames.TryParse(actionName, out var action))
        {
            return new Opened(LinkPages.UnknownAction());
        }

        var check = await links.CheckAsync(token, journeyId, action, cancellationToken);
        if (!check.IsValid)
        {
            return new Opened(LinkPages.Refusal(check.Status));
        }

        var claims = check.Claims!;
        if (JourneyKey.TryParse(journeyId) is not { } journey
            || LinkArgument.TryParse(action, claims.Argument, journey) is not { } argument)
        {
            return new Opened(LinkPages.Damaged());
        }

        // A mentor's intake finishes once the mentor joins the pool, yet the pause link stays good for the term.
        if (!journey.IsMentorIntake)
        {
            // The early-close page reads the journey's status: a mentorship already closing has nothing left to end.
            var closing = action == LinkAction.EarlyClose;
            var instance = await client.GetInstanceAsync(journey.Value, getInputsAndOutputs: closing, cancellationToken: cancellationToken);
            if (instance is null)
            {
                return new Opened(LinkPages.JourneyNotFound());
            }

            if (!instance.IsRunning)
            {
                return new Opened(LinkPages.JourneyEnded());
            }

            if (closing && instance.ReadCustomStatusAs<JourneyStatus>()?.Stage == JourneyStages.Closing)
            {
                return new Opened(LinkPages.AlreadyClosing());
            }
        }

        var formAction = $"{context.Request.PathBase}{context.Request.Path}?token={Uri.EscapeDataString(token!)}";
        var page = context.RequestServices.GetRequiredKeyedService<ILinkPage>(action);
        return new Opened(null, new LinkContext(journey, claims, argument, formAction), page);
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Link {Action} for journey {JourneyId} raised its event: {Result}")]
    private static partial void LogActed(ILogger logger, string journeyId, string action, InstanceOperationResult result);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Mentor intake {JourneyId} paused; {Withdrawn} open proposals withdrawn")]
    private static partial void LogPaused(ILogger logger, string journeyId, int withdrawn);

    private sealed record Opened(HtmlPageResult? Refusal, LinkContext? Link = null, ILinkPage? Page = null);
}
