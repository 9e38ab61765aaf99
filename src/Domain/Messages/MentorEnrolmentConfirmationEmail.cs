namespace MentorFlow.Domain.Messages;

/// <summary>Thanks a mentor for enrolling, states their capacity, and offers the pause link.</summary>
public sealed record MentorEnrolmentConfirmationEmail(string MentorName, string ProgrammeName, int Capacity, Uri PauseLink) : EmailMessage
{
    public override string Template => "mentor-enrolment-confirmation";

    public override EmailContent Render() =>
        new EmailComposer(MentorName)
            .Paragraph($"Thank you for offering to mentor in {ProgrammeName}. Sharing what you have learned can change someone's career.")
            .Paragraph(Capacity == 1
                ? "You can take one mentee at a time. We will send you each proposed match to accept or decline."
                : $"You can take up to {Capacity} mentees at a time. We will send you each proposed match to accept or decline.")
            .Paragraph("Busy for a while? Pause new matches at any time; your current mentees stay with you.")
            .Link("Pause new matches", PauseLink)
            .Build($"Thank you for mentoring in {ProgrammeName}", ProgrammeName);
}
