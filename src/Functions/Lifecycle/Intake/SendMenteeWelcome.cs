using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>Confirms a mentee's enrolment, with the goals they shared.</summary>
public sealed class SendMenteeWelcome(JourneyDirectory directory, JourneyMail mail) : TaskActivity<JourneyRef, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, JourneyRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var email = new MenteeEnrolmentConfirmationEmail(mentee.Profile.Name, programme.Name, [.. mentee.Goals.Select(g => g.Text)]);
        await mail.SendAsync($"{input.JourneyId}/welcome", JourneyMail.To(mentee), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
