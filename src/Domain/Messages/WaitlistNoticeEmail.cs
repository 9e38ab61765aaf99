namespace MentorFlow.Domain.Messages;

/// <summary>Tells a mentee no mentor fits right now and that they wait, in order, for one with room.</summary>
public sealed record WaitlistNoticeEmail(string MenteeName, string ProgrammeName, int? Position) : EmailMessage
{
    public override string Template => "waitlist-notice";

    public override EmailContent Render() =>
        new EmailComposer(MenteeName)
            .Paragraph($"Right now no mentor in {ProgrammeName} has room and fits what you are looking for.")
            .Paragraph(Position is { } position
                ? $"You are number {position} on the waiting list. We will match you as soon as a suitable mentor has room; you don't need to do anything."
                : "You are on the waiting list. We will match you as soon as a suitable mentor has room; you don't need to do anything.")
            .Build($"You are on the waiting list for {ProgrammeName}", ProgrammeName);
}
