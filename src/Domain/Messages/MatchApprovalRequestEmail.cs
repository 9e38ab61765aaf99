namespace MentorFlow.Domain.Messages;

/// <summary>In approval mode, asks the administrator to approve a proposed match, with its score and reasons.</summary>
public sealed record MatchApprovalRequestEmail(
    string AdministratorName,
    string MenteeName,
    string MentorName,
    string ProgrammeName,
    double Score,
    IReadOnlyList<string> Reasons,
    Uri ReviewLink) : EmailMessage
{
    public override string Template => "match-approval-request";

    public override EmailContent Render() =>
        new EmailComposer(AdministratorName)
            .Paragraph($"We propose {MentorName} as mentor for {MenteeName} in {ProgrammeName} (match score {MessageFormat.Percent(Score)}). The match waits for your approval.")
            .List("Why:", Reasons)
            .Link("Review the match", ReviewLink)
            .Build($"A match in {ProgrammeName} needs your approval", ProgrammeName);
}
