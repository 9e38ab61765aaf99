using MentorFlow.Domain.Agreements;

namespace MentorFlow.Domain.Messages;

/// <summary>
/// Asks one side to confirm the agreement the other side submitted or revised; sent to the mentor after the
/// mentee submits, and to whichever side did not make the latest revision.
/// </summary>
public sealed record AgreementConfirmationRequestEmail(
    string RecipientName,
    string OtherName,
    string ProgrammeName,
    Agreement Agreement,
    Uri ConfirmLink,
    Uri ReviseLink,
    DateTimeOffset ConfirmBy) : EmailMessage
{
    public override string Template => "agreement-confirmation-request";

    public override EmailContent Render() =>
        new EmailComposer(RecipientName)
            .Paragraph($"{OtherName} has {(Agreement.Revision == 1 ? "written" : "revised")} your mentoring agreement in {ProgrammeName}. Please read it and confirm it by {MessageFormat.Moment(ConfirmBy)}.")
            .Agreement(Agreement)
            .Link("Confirm the agreement", ConfirmLink)
            .Paragraph($"Something to change? Suggest an edit; {OtherName} will be asked to confirm it again.")
            .Link("Suggest an edit", ReviseLink)
            .Build($"Please confirm your mentoring agreement in {ProgrammeName}", ProgrammeName);
}
