namespace MentorFlow.Domain.Messages;

/// <summary>
/// Reminds one attendee of a review meeting shortly before it. <paramref name="StartsAt"/> is in the recipient's offset.
/// </summary>
public sealed record MeetingReminderEmail(
    string RecipientName,
    IReadOnlyList<string> OtherNames,
    string ProgrammeName,
    int Cycle,
    DateTimeOffset StartsAt,
    TimeSpan Duration) : EmailMessage
{
    public override string Template => "review-meeting-reminder";

    public override EmailContent Render() =>
        new EmailComposer(RecipientName)
            .Paragraph($"A reminder: your review meeting {Cycle} with {MessageFormat.Names(OtherNames)} in {ProgrammeName} is on {MessageFormat.Moment(StartsAt)} for {MessageFormat.Duration(Duration)}.")
            .Paragraph("Bring a note of the progress on each goal and of anything that got in the way, so the time goes to the next steps.")
            .Build($"Reminder: review meeting {Cycle} in {ProgrammeName}", ProgrammeName);
}
