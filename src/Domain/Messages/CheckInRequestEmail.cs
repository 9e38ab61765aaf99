namespace MentorFlow.Domain.Messages;

/// <summary>
/// Asks one side for the short check-in after a review meeting; at mid-term it also asks both to revisit
/// the goals, with a link to revise the agreement.
/// </summary>
public sealed record CheckInRequestEmail(
    string RecipientName,
    string OtherName,
    string ProgrammeName,
    int Cycle,
    Uri CheckInLink,
    DateTimeOffset Deadline,
    Uri? ReviseGoalsLink) : EmailMessage
{
    public override string Template => "check-in-request";

    public override EmailContent Render()
    {
        var email = new EmailComposer(RecipientName)
            .Paragraph($"How is it going with {OtherName}? Please take two minutes for the check-in after review meeting {Cycle} in {ProgrammeName}: progress on each goal, how satisfied you are, anything in the way, and your next steps.")
            .Paragraph($"Please send it by {MessageFormat.Moment(Deadline)}.")
            .Link("Send your check-in", CheckInLink);
        if (ReviseGoalsLink is not null)
        {
            email.Paragraph("You are halfway through the programme: a good moment to revisit your goals together and adjust them if things have changed.")
                .Link("Revisit the goals", ReviseGoalsLink);
        }

        return email.Build($"Your check-in for review {Cycle} in {ProgrammeName}", ProgrammeName);
    }
}
