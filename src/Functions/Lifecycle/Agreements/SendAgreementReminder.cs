using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Agreements;

/// <summary>Reminds the side the agreement waits for: the mentee to write it, or a side to confirm it.</summary>
public sealed class SendAgreementReminder(JourneyDirectory directory, JourneyMail mail) : TaskActivity<AgreementNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, AgreementNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        Enrolment recipient = input.To == MentorshipRole.Mentee
            ? await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false)
            : await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var submitted = input.Agreement is not null;
        var action = submitted ? LinkAction.ConfirmAgreement : LinkAction.SubmitAgreement;
        // A confirmation is of one revision, so a confirm link names the revision this reminder is about.
        var argument = input.Agreement is { } shown ? $"{input.MentorshipId}/{shown.Revision}" : input.MentorshipId;
        var link = mail.Link(input.Journey.JourneyId, recipient.Id, action, argument, input.Deadline);
        var email = new AgreementReminderEmail(recipient.Profile.Name, submitted, programme.Name, link, TimeZoneInfo.ConvertTime(input.Deadline, recipient.Profile.TimeZone));
        var key = $"{input.Journey.JourneyId}/agreement-reminder/{input.Reminder}/{(input.To == MentorshipRole.Mentee ? "mentee" : "mentor")}";
        await mail.SendAsync(key, JourneyMail.To(recipient), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
