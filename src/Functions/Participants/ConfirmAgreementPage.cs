using MentorFlow.Domain.Common;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// One side's link to confirm a revision of the agreement. The text itself is in the email that carried the link
/// (the journey holds it); the page names the revision, which the link is bound to.
/// </summary>
public sealed class ConfirmAgreementPage : ILinkPage
{
    public Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var revision = link.Argument.Number!.Value;
        var page = new HtmlPage("Confirm your mentoring agreement", errors)
            .Paragraph($"You are confirming revision {revision} of your mentoring agreement, as the email with this link shows it.")
            .Paragraph("Something to change? Use the \"Suggest an edit\" link in the same email instead; the other side will be asked to confirm again.")
            .BeginForm(link.FormAction)
            .EndForm($"Confirm revision {revision}");
        return Task.FromResult(page);
    }

    public Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var revision = link.Argument.Number!.Value;
        LinkAct act = new RaiseJourneyEvent(
            JourneyEvents.AgreementConfirmed,
            new AgreementConfirmed(link.Mentorship.Value, link.Role, revision),
            "Agreement confirmed",
            $"You confirmed revision {revision}. Once both of you have confirmed, the kickoff meeting goes into both calendars.");
        return Task.FromResult(Result<LinkAct>.Success(act));
    }
}
