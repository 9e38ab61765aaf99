using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Common;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Participants;

/// <summary>Either side's link to end the mentorship early, with a reason (seen by the administrator, not the other side).</summary>
public sealed class EarlyClosePage(TimeProvider clock) : ILinkPage
{
    public const string ReasonField = "reason";

    public Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var page = new HtmlPage("End the mentorship early", errors)
            .Paragraph("We are sorry it is not working out. Ending now sends the final review to both of you and cancels the meetings still to come.")
            .BeginForm(link.FormAction)
            .TextArea(ReasonField, "Why do you want to end it?", posted?[ReasonField].ToString(), "The programme administrator reads this; the other side does not.", required: true)
            .EndForm("End the mentorship");
        return Task.FromResult(page);
    }

    public Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(form);
        var request = EarlyCloseRequest.Create(link.Requester, form[ReasonField].ToString(), clock.GetUtcNow());
        return Task.FromResult(request.Map<LinkAct>(r => new RaiseJourneyEvent(
            JourneyEvents.EarlyCloseRequested,
            new EarlyCloseRequested(link.Mentorship.Value, r.RequestedBy, r.Reason),
            "Your request to end the mentorship was sent",
            "You will get the final review and a summary by email.")));
    }
}
