namespace MentorFlow.Domain.Messages;

/// <summary>
/// Tells one attendee a kickoff or review meeting is cancelled; the calendar cancellation travels with it.
/// <paramref name="StartsAt"/> is in the recipient's offset.
/// </summary>
public sealed record MeetingCancelledEmail(string RecipientName, string ProgrammeName, MeetingKind Kind, int Cycle, DateTimeOffset StartsAt, string Comment) : EmailMessage
{
    public override string Template => "meeting-cancelled";

    public override EmailContent Render()
    {
        var meeting = Kind == MeetingKind.Kickoff ? "kickoff meeting" : $"review meeting {Cycle}";
        return new EmailComposer(RecipientName)
            .Paragraph($"Your {meeting} in {ProgrammeName} on {MessageFormat.Moment(StartsAt)} is cancelled: {Comment}")
            .Paragraph("The cancellation is attached, so your calendar removes the meeting.")
            .Build($"Cancelled: {(Kind == MeetingKind.Kickoff ? "your mentorship kickoff" : $"review meeting {Cycle}")} in {ProgrammeName}", ProgrammeName);
    }
}
