using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Messages;

/// <summary>
/// Tells the administrator that email to a participant bounced or was dropped, so MentorFlow's links and invites no
/// longer reach them and someone has to get a working address.
/// </summary>
public sealed record UndeliverableAddressEmail(
    string AdministratorName,
    string ParticipantName,
    EnrolmentRole Role,
    string ProgrammeName,
    string? Reason,
    Uri JourneyLink) : EmailMessage
{
    public override string Template => "undeliverable-address";

    public override EmailContent Render()
    {
        var role = Role == EnrolmentRole.Mentor ? "mentor" : "mentee";
        var composer = new EmailComposer(AdministratorName)
            .Paragraph($"Email to {ParticipantName} ({role}) in {ProgrammeName} can no longer be delivered, so they will not receive their links, reminders or invites.");
        if (!string.IsNullOrWhiteSpace(Reason))
        {
            composer = composer.Paragraph("The mail service said: " + Reason);
        }

        return composer
            .Paragraph($"Please reach {ParticipantName} another way to get an address that works.")
            .Link("Open their journey", JourneyLink)
            .Build($"An address in {ProgrammeName} is undeliverable", ProgrammeName);
    }
}
