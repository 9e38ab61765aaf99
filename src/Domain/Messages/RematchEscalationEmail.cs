namespace MentorFlow.Domain.Messages;

/// <summary>Tells the administrator that repeated proposals for a mentee found no mentor, and the journey waits.</summary>
public sealed record RematchEscalationEmail(string AdministratorName, string MenteeName, string ProgrammeName, int FailedProposals, Uri MenteeLink) : EmailMessage
{
    public override string Template => "rematch-escalation";

    public override EmailContent Render() =>
        new EmailComposer(AdministratorName)
            .Paragraph($"We have proposed {FailedProposals} mentors to {MenteeName} in {ProgrammeName}, and none of them accepted in time.")
            .Paragraph($"{MenteeName} now waits for you: choose a mentor yourself, or adjust the programme's matching.")
            .Link("Open the mentee's journey", MenteeLink)
            .Build($"A mentee in {ProgrammeName} needs a mentor", ProgrammeName);
}
