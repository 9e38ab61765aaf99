namespace MentorFlow.Domain.Messages;

/// <summary>Asks the mentee to write the mentoring agreement (SMART goals first) with their mentor.</summary>
public sealed record AgreementRequestEmail(string MenteeName, string MentorName, string ProgrammeName, Uri AgreementLink, DateTimeOffset SubmitBy) : EmailMessage
{
    public override string Template => "agreement-request";

    public override EmailContent Render() =>
        new EmailComposer(MenteeName)
            .Paragraph($"{MentorName} has agreed to be your mentor in {ProgrammeName}. Welcome aboard!")
            .Paragraph("Your first step together is a short mentoring agreement: your goals, who does what, how often you meet and how you keep in touch.")
            .Paragraph("Make each goal specific, measurable, achievable, relevant and time-bound: say what you will do, how you will measure it, the target, why it matters to you, and a date inside the programme.")
            .Paragraph($"Please send it by {MessageFormat.Moment(SubmitBy)}; {MentorName} will then confirm it.")
            .Link("Write the agreement", AgreementLink)
            .Build($"Your mentoring agreement in {ProgrammeName}", ProgrammeName);
}
