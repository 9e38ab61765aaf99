namespace MentorFlow.Domain.Messages;

/// <summary>Reminds one side that their check-in for a cycle has not arrived yet.</summary>
public sealed record CheckInReminderEmail(string RecipientName, string ProgrammeName, int Cycle, Uri CheckInLink, DateTimeOffset Deadline) : EmailMessage
{
    public override string Template => "check-in-reminder";

    public override EmailContent Render() =>
        new EmailComposer(RecipientName)
            .Paragraph($"A quick reminder: your check-in for review {Cycle} in {ProgrammeName} is still open until {MessageFormat.Moment(Deadline)}. Regular check-ins keep the lines of communication open.")
            .Link("Send your check-in", CheckInLink)
            .Build($"Reminder: your check-in for review {Cycle} in {ProgrammeName}", ProgrammeName);
}
