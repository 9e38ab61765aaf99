using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>
/// Thanks a mentor for enrolling, states their capacity, and gives the pause link (on the intake's journey id, no
/// argument). The link has no step deadline: it lasts the programme's term, the longest a mentor may want it.
/// </summary>
public sealed class SendMentorWelcome(JourneyDirectory directory, JourneyMail mail, TimeProvider clock) : TaskActivity<MentorRef, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, MentorRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var pause = mail.Link(input.IntakeId, mentor.Id, LinkAction.Pause, null, programme.Term.AddTo(clock.GetUtcNow()));
        var email = new MentorEnrolmentConfirmationEmail(mentor.Profile.Name, programme.Name, mentor.Capacity, pause);
        await mail.SendAsync($"{input.IntakeId}/welcome", JourneyMail.To(mentor), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
