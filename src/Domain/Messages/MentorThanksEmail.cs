namespace MentorFlow.Domain.Messages;

/// <summary>Thanks the mentor at the end of a mentorship; their capacity is free again.</summary>
public sealed record MentorThanksEmail(string MentorName, string MenteeName, string ProgrammeName) : EmailMessage
{
    public override string Template => "mentor-thanks";

    public override EmailContent Render() =>
        new EmailComposer(MentorName)
            .Paragraph($"Thank you for mentoring {MenteeName} in {ProgrammeName}. Your time, your honest feedback and your network make a real difference to someone's career.")
            .Paragraph("Your place is free again: we will propose a new mentee when one fits, unless you pause new matches.")
            .Build($"Thank you for mentoring in {ProgrammeName}", ProgrammeName);
}
