namespace MentorFlow.Domain.Messages;

/// <summary>Tells a mentee which mentor was proposed, with the score and the reasons, while the mentor is asked.</summary>
public sealed record MatchProposalEmail(string MenteeName, string MentorName, string ProgrammeName, double Score, IReadOnlyList<string> Reasons) : EmailMessage
{
    public override string Template => "match-proposal";

    public override EmailContent Render() =>
        new EmailComposer(MenteeName)
            .Paragraph($"Good news: we have proposed {MentorName} as your mentor in {ProgrammeName} (match score {MessageFormat.Percent(Score)}).")
            .List("Why we think you will work well together:", Reasons)
            .Paragraph($"We have asked {MentorName} to accept and will write again as soon as they answer.")
            .Build($"We have found you a mentor in {ProgrammeName}", ProgrammeName);
}
