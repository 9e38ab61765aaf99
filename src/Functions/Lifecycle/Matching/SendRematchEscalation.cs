using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>The journey whose <paramref name="FailedProposals"/> proposals all failed.</summary>
public sealed record RematchEscalationNotice(JourneyRef Journey, int FailedProposals);

/// <summary>Tells the administrator that the mentee needs them to name a mentor.</summary>
public sealed class SendRematchEscalation(JourneyDirectory directory, JourneyMail mail) : TaskActivity<RematchEscalationNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, RematchEscalationNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var email = new RematchEscalationEmail(JourneyMail.AdministratorName, mentee.Profile.Name, programme.Name, input.FailedProposals, mail.JourneyPage(input.Journey.JourneyId));
        await mail.SendAsync($"{input.Journey.JourneyId}/rematch-escalation/{input.FailedProposals}", mail.Administrator, email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
