using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>The mentee's <paramref name="Round"/>-th time on the waiting list.</summary>
public sealed record WaitlistNotice(JourneyRef Journey, int Round);

/// <summary>Tells the mentee no mentor fits now and that they wait.</summary>
public sealed class SendWaitlistNotice(JourneyDirectory directory, JourneyMail mail) : TaskActivity<WaitlistNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, WaitlistNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var email = new WaitlistNoticeEmail(mentee.Profile.Name, programme.Name, Position: null);
        await mail.SendAsync($"{input.Journey.JourneyId}/waitlist/{input.Round}", JourneyMail.To(mentee), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
