namespace MentorFlow.Domain.Messages;

/// <summary>Reminds one side that their final review has not arrived yet; the close-out waits for it until the deadline.</summary>
public sealed record FinalReviewReminderEmail(string RecipientName, string ProgrammeName, Uri FinalReviewLink, DateTimeOffset Deadline) : EmailMessage
{
    public override string Template => "final-review-reminder";

    public override EmailContent Render() =>
        new EmailComposer(RecipientName)
            .Paragraph($"A quick reminder: your final review in {ProgrammeName} is open until {MessageFormat.Moment(Deadline)}. The summary goes to both of you once it is in, or at the deadline without it.")
            .Link("Send your final review", FinalReviewLink)
            .Build($"Reminder: your final review in {ProgrammeName}", ProgrammeName);
}
