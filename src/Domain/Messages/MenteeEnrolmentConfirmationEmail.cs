namespace MentorFlow.Domain.Messages;

/// <summary>Tells a mentee their enrolment arrived and what happens next.</summary>
public sealed record MenteeEnrolmentConfirmationEmail(string MenteeName, string ProgrammeName, IReadOnlyList<string> Goals) : EmailMessage
{
    public override string Template => "mentee-enrolment-confirmation";

    public override EmailContent Render() =>
        new EmailComposer(MenteeName)
            .Paragraph($"Thank you for enrolling in {ProgrammeName} as a mentee. We have your details.")
            .List("The goals you shared:", Goals)
            .Paragraph("Next, we look for a mentor whose experience lines up with your goals, and write to you as soon as we have a match. You don't need to do anything until then.")
            .Build($"You're enrolled in {ProgrammeName}", ProgrammeName);
}
