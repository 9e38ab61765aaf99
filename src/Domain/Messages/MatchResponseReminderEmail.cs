namespace MentorFlow.Domain.Messages;

/// <summary>Reminds a mentor that a proposed mentee is waiting for their answer.</summary>
public sealed record MatchResponseReminderEmail(string MentorName, string MenteeName, string ProgrammeName, Uri AcceptLink, Uri DeclineLink, DateTimeOffset RespondBy) : EmailMessage
{
    public override string Template => "match-response-reminder";

    public override EmailContent Render() =>
        new EmailComposer(MentorName)
            .Paragraph($"A quick reminder: {MenteeName} is waiting to hear whether you can mentor them in {ProgrammeName}. Please answer by {MessageFormat.Moment(RespondBy)}.")
            .Link("Accept", AcceptLink)
            .Link("Decline", DeclineLink)
            .Build($"Reminder: a mentee is waiting for your answer in {ProgrammeName}", ProgrammeName);
}
