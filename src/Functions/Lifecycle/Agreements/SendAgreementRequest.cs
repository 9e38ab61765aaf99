using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Agreements;

/// <summary>Asks the mentee to write the agreement, with the submit link (argument: the mentorship id).</summary>
public sealed class SendAgreementRequest(JourneyDirectory directory, JourneyMail mail) : TaskActivity<AgreementNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, AgreementNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var submit = mail.Link(input.Journey.JourneyId, mentee.Id, LinkAction.SubmitAgreement, input.MentorshipId, input.Deadline);
        var email = new AgreementRequestEmail(mentee.Profile.Name, mentor.Profile.Name, programme.Name, submit, TimeZoneInfo.ConvertTime(input.Deadline, mentee.Profile.TimeZone));
        await mail.SendAsync($"{input.Journey.JourneyId}/agreement-request", JourneyMail.To(mentee), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
