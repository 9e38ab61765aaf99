using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Agreements;

/// <summary>
/// Asks the side that did not write the latest revision to confirm it (confirm link) or to suggest an edit (submit
/// link); the confirm link carries the mentorship id and the revision shown, the submit link the mentorship id. One email per revision and side.
/// </summary>
public sealed class SendAgreementConfirmationRequest(JourneyDirectory directory, JourneyMail mail) : TaskActivity<AgreementNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, AgreementNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        Enrolment mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        Enrolment mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var (recipient, other) = input.To == MentorshipRole.Mentee ? (mentee, mentor) : (mentor, mentee);
        var agreement = Agreement.Restore(input.Agreement ?? throw new ArgumentException("A confirmation request shows the agreement.", nameof(input))).Value;
        var confirm = mail.Link(input.Journey.JourneyId, recipient.Id, LinkAction.ConfirmAgreement, $"{input.MentorshipId}/{agreement.Revision}", input.Deadline);
        var revise = mail.Link(input.Journey.JourneyId, recipient.Id, LinkAction.SubmitAgreement, input.MentorshipId, input.Deadline);
        var email = new AgreementConfirmationRequestEmail(
            recipient.Profile.Name, other.Profile.Name, programme.Name, agreement, confirm, revise, TimeZoneInfo.ConvertTime(input.Deadline, recipient.Profile.TimeZone));
        var key = $"{input.Journey.JourneyId}/agreement-confirmation/{agreement.Revision}/{MessageRole(input.To)}";
        await mail.SendAsync(key, JourneyMail.To(recipient), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string MessageRole(MentorshipRole role) => role == MentorshipRole.Mentee ? "mentee" : "mentor";
}
