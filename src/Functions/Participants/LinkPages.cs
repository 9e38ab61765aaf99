using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Participants;

/// <summary>The pages every link can end on: refusals, a journey that is gone, and the confirmation after acting.</summary>
public static class LinkPages
{
    public static HtmlPageResult Refusal(LinkCheckStatus status) => status switch
    {
        LinkCheckStatus.Forged => new(
            new HtmlPage("This link is not valid").Paragraph("The link is incomplete or was changed. Please open it again from the email, copying the whole address."),
            StatusCodes.Status401Unauthorized),
        LinkCheckStatus.WrongScope => new(
            new HtmlPage("This link is for something else").Paragraph("The link does not belong to this page. Please use the link exactly as it is in the email."),
            StatusCodes.Status403Forbidden),
        LinkCheckStatus.Expired => new(
            new HtmlPage("This link has expired").Paragraph("The time to use this link has passed. A reminder or a new email will have a fresh link; the programme administrator can help too."),
            StatusCodes.Status410Gone),
        LinkCheckStatus.AlreadyUsed => new(
            new HtmlPage("This link was already used").Paragraph("Each link works once, and this one has been used: what was sent with it was received. Nothing was changed now."),
            StatusCodes.Status410Gone),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A valid link is no refusal."),
    };

    /// <summary>A link signed by us whose argument does not fit its action: a fault on our side, so say so plainly.</summary>
    public static HtmlPageResult Damaged() => new(
        new HtmlPage("This link cannot be used").Paragraph("Something is wrong with this link on our side. Please tell the programme administrator."),
        StatusCodes.Status400BadRequest);

    public static HtmlPageResult TooLarge() => new(
        new HtmlPage("That is too much text").Paragraph("The form was larger than any answer here needs. Please shorten it and send it again; the link still works."),
        StatusCodes.Status413RequestEntityTooLarge);

    public static HtmlPageResult UnknownAction() => new(
        new HtmlPage("Page not found").Paragraph("There is no such page. Please use the link exactly as it is in the email."),
        StatusCodes.Status404NotFound);

    public static HtmlPageResult JourneyNotFound() => new(
        new HtmlPage("Mentorship not found").Paragraph("We could not find the mentorship this link is about. The programme administrator can help."),
        StatusCodes.Status404NotFound);

    public static HtmlPageResult JourneyEnded() => new(
        new HtmlPage("This mentorship has ended").Paragraph("The mentorship this link is about has already ended, so there is nothing more to do here."),
        StatusCodes.Status410Gone);

    /// <summary>An early-close link of a mentorship already closing: its final reviews are asked for, the summary follows.</summary>
    public static HtmlPageResult AlreadyClosing() => new(
        new HtmlPage("This mentorship is already closing")
            .Paragraph("There is nothing to end: the final reviews have been asked for, and a summary follows by email once both are in or their deadline has passed."),
        StatusCodes.Status409Conflict);

    public static HtmlPageResult Done(LinkAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return new(new HtmlPage(act.Done).Paragraph(act.Explanation), StatusCodes.Status200OK);
    }
}
