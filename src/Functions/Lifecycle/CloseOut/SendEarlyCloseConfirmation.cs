using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.CloseOut;

/// <summary>
/// Confirms an early close to one of the mentee, the mentor or the administrator; the reason shows only to the
/// requester and the administrator (<see cref="EarlyCloseConfirmationEmail"/> decides).
/// </summary>
public sealed class SendEarlyCloseConfirmation(JourneyDirectory directory, JourneyMail mail) : TaskActivity<EarlyCloseNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, EarlyCloseNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = input.MentorId is null ? null : await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var request = EarlyCloseRequest.Create(input.By, input.Reason, input.RequestedAt).Value;
        var (name, to) = input.Recipient switch
        {
            CloseRequester.Mentee => (mentee.Profile.Name, JourneyMail.To(mentee)),
            CloseRequester.Mentor when mentor is not null => (mentor.Profile.Name, JourneyMail.To(mentor)),
            _ => (JourneyMail.AdministratorName, mail.Administrator),
        };
        var email = new EarlyCloseConfirmationEmail(name, input.Recipient, mentee.Profile.Name, mentor?.Profile.Name ?? "no mentor yet", programme.Name, request, FinalReviewLink: null);
        var key = $"{input.Journey.JourneyId}/early-close/{input.Recipient.ToString().ToLowerInvariant()}";
        await mail.SendAsync(key, to, email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
