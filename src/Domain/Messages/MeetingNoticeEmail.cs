namespace MentorFlow.Domain.Messages;

/// <summary>
/// Announces a kickoff or review meeting. The calendar invite itself travels as an attachment added by
/// infrastructure; this is the words around it. <paramref name="StartsAt"/> is in the recipient's offset.
/// </summary>
public sealed record MeetingNoticeEmail(
    string RecipientName,
    IReadOnlyList<string> OtherNames,
    string ProgrammeName,
    MeetingKind Kind,
    int Cycle,
    DateTimeOffset StartsAt,
    TimeSpan Duration,
    Uri? JoinLink) : EmailMessage
{
    public override string Template => Kind == MeetingKind.Kickoff ? "kickoff-meeting" : "review-meeting";

    public override EmailContent Render()
    {
        var with = MessageFormat.Names(OtherNames);
        var email = new EmailComposer(RecipientName);
        if (Kind == MeetingKind.Kickoff)
        {
            email.Paragraph($"Your agreement is confirmed: your mentorship with {with} in {ProgrammeName} starts now.")
                .Paragraph($"Your kickoff meeting is on {MessageFormat.Moment(StartsAt)} for {MessageFormat.Duration(Duration)}. Get to know each other, walk through your goals, and agree how you will work together.");
        }
        else
        {
            email.Paragraph($"Your review meeting {Cycle} with {with} in {ProgrammeName} is on {MessageFormat.Moment(StartsAt)} for {MessageFormat.Duration(Duration)}.")
                .Paragraph("Look at the progress on each goal, what got in the way, and the next steps.");
        }

        email.Paragraph("The invitation is attached: accept it to put the meeting in your calendar.");
        if (JoinLink is not null)
        {
            email.Link("Join the meeting", JoinLink);
        }

        var subject = Kind == MeetingKind.Kickoff
            ? $"Your mentorship kickoff in {ProgrammeName}"
            : $"Review meeting {Cycle} in {ProgrammeName}";
        return email.Build(subject, ProgrammeName);
    }
}
