using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Messages;

/// <summary>Tells the administrator an agreement was not confirmed in time, and by whom it was not.</summary>
public sealed record AgreementEscalationEmail(
    string AdministratorName,
    string MenteeName,
    string MentorName,
    string ProgrammeName,
    IReadOnlyList<MentorshipRole> NotConfirmedBy,
    DateTimeOffset Deadline,
    Uri MentorshipLink) : EmailMessage
{
    public override string Template => "agreement-escalation";

    public override EmailContent Render()
    {
        var missing = NotConfirmedBy.Select(role => role == MentorshipRole.Mentee ? $"{MenteeName} (mentee)" : $"{MentorName} (mentor)");
        return new EmailComposer(AdministratorName)
            .Paragraph($"The mentoring agreement between {MenteeName} and {MentorName} in {ProgrammeName} was due by {MessageFormat.Moment(Deadline)} and is not confirmed yet.")
            .List("Still to confirm:", missing)
            .Paragraph("A short call often unblocks it: misaligned expectations and busy diaries are the usual causes.")
            .Link("Open the mentorship", MentorshipLink)
            .Build($"An agreement in {ProgrammeName} is overdue", ProgrammeName);
    }
}
