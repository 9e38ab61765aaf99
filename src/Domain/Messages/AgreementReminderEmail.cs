namespace MentorFlow.Domain.Messages;

/// <summary>Reminds the side the agreement waits for: the mentee to write it, or a side to confirm it.</summary>
public sealed record AgreementReminderEmail(string RecipientName, bool AgreementSubmitted, string ProgrammeName, Uri ActionLink, DateTimeOffset Deadline) : EmailMessage
{
    public override string Template => "agreement-reminder";

    public override EmailContent Render()
    {
        var (ask, label) = AgreementSubmitted
            ? ("your mentoring agreement is waiting for your confirmation", "Confirm the agreement")
            : ("your mentoring agreement is still to be written", "Write the agreement");
        return new EmailComposer(RecipientName)
            .Paragraph($"A friendly reminder from {ProgrammeName}: {ask}. Please take a few minutes for it by {MessageFormat.Moment(Deadline)}, so your mentorship can start.")
            .Link(label, ActionLink)
            .Build($"Reminder: your mentoring agreement in {ProgrammeName}", ProgrammeName);
    }
}
