using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Agreements;

/// <summary>Tells the administrator the agreement is overdue and who still has to confirm it; the journey keeps waiting.</summary>
public sealed class SendAgreementEscalation(JourneyDirectory directory, JourneyMail mail) : TaskActivity<AgreementEscalationNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, AgreementEscalationNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var email = new AgreementEscalationEmail(
            JourneyMail.AdministratorName, mentee.Profile.Name, mentor.Profile.Name, programme.Name, input.NotConfirmedBy, input.Deadline, mail.JourneyPage(input.Journey.JourneyId));
        await mail.SendAsync($"{input.Journey.JourneyId}/agreement-escalation", mail.Administrator, email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
