namespace MentorFlow.Domain.Messages;

/// <summary>Asks a mentor to accept or decline a proposed mentee before a deadline.</summary>
public sealed record MentorRequestEmail(
    string MentorName,
    string MenteeName,
    string ProgrammeName,
    IReadOnlyList<string> MenteeGoals,
    IReadOnlyList<string> Reasons,
    Uri AcceptLink,
    Uri DeclineLink,
    DateTimeOffset RespondBy) : EmailMessage
{
    public override string Template => "mentor-request";

    public override EmailContent Render() =>
        new EmailComposer(MentorName)
            .Paragraph($"Would you mentor {MenteeName} in {ProgrammeName}?")
            .List($"{MenteeName} would like to work on:", MenteeGoals)
            .List("Why we think you are a good fit:", Reasons)
            .Paragraph($"Please answer by {MessageFormat.Moment(RespondBy)}. Declining is fine: we will find {MenteeName} another mentor.")
            .Link("Accept", AcceptLink)
            .Link("Decline", DeclineLink)
            .Build($"Would you mentor someone in {ProgrammeName}?", ProgrammeName);
}
