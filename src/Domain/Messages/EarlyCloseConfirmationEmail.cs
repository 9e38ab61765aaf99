using MentorFlow.Domain.CloseOut;

namespace MentorFlow.Domain.Messages;

/// <summary>
/// Confirms an early close to the mentee, the mentor or the administrator. The reason is the requester's own
/// words: it is shown to the requester and to the administrator, never to the other side.
/// </summary>
public sealed record EarlyCloseConfirmationEmail(
    string RecipientName,
    CloseRequester Recipient,
    string MenteeName,
    string MentorName,
    string ProgrammeName,
    EarlyCloseRequest Request,
    Uri? FinalReviewLink) : EmailMessage
{
    public override string Template => "early-close-confirmation";

    public override EmailContent Render()
    {
        var pair = Recipient switch
        {
            CloseRequester.Mentee => $"your mentorship with {MentorName}",
            CloseRequester.Mentor => $"your mentorship with {MenteeName}",
            _ => $"the mentorship between {MenteeName} and {MentorName}",
        };
        var who = Request.RequestedBy == Recipient ? "as you asked" : $"at the request of {MessageFormat.Requester(Request.RequestedBy)}";
        var email = new EmailComposer(RecipientName)
            .Paragraph($"We are closing {pair} in {ProgrammeName} early, {who}.");
        if (Request.RequestedBy == Recipient || Recipient == CloseRequester.Administrator)
        {
            email.Paragraph($"Reason given: {Request.Reason}");
        }

        email.Paragraph("Future meetings are cancelled.");
        if (FinalReviewLink is not null)
        {
            email.Paragraph("A short final review helps us learn from it, and your rating stays private.")
                .Link("Send your final review", FinalReviewLink);
        }

        var subject = Recipient == CloseRequester.Administrator
            ? $"A mentorship in {ProgrammeName} is closing early"
            : $"Your mentorship in {ProgrammeName} is closing early";
        return email.Build(subject, ProgrammeName);
    }
}
