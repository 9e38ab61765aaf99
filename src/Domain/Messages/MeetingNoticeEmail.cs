namespace MentorFlow.Domain.Messages;

/// <summary>
/// Announces a kickoff or review meeting. The calendar invite itself travels as an attachment added by
/// infrastructure (<paramref name="InviteAttached"/>), or comes separately from the programme's calendar (Microsoft
/// Graph); this is the words around it. <paramref name="StartsAt"/> is in the recipient's offset;
/// <paramref name="CheckInLink"/> and <paramref name="EarlyCloseLink"/> are the recipient's own links, when the meeting has them.
/// </summary>
public sealed record MeetingNoticeEmail(
    string RecipientName,
    IReadOnlyList<string> OtherNames,
    string ProgrammeName,
    MeetingKind Kind,
    int Cycle,
    DateTimeOffset StartsAt,
    TimeSpan Duration,
    Uri? JoinLink,
    Uri? CheckInLink = null,
    Uri? EarlyCloseLink = null,
    bool InviteAttached = true) : EmailMessage
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

        email.Paragraph(InviteAttached
            ? "The invitation is attached: accept it to put the meeting in your calendar."
            : "The invitation comes from the programme's calendar in a separate email: accept it to put the meeting in your calendar.");
        if (JoinLink is not null)
        {
            email.Link("Join the meeting", JoinLink);
        }

        if (CheckInLink is not null)
        {
            email.Link("After the meeting, send your check-in", CheckInLink);
        }

        if (EarlyCloseLink is not null)
        {
            email.Link("End the mentorship early", EarlyCloseLink);
        }

        var subject = Kind == MeetingKind.Kickoff
            ? $"Your mentorship kickoff in {ProgrammeName}"
            : $"Review meeting {Cycle} in {ProgrammeName}";
        return email.Build(subject, ProgrammeName);
    }
}
