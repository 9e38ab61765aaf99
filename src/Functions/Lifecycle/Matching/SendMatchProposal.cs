using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>Tells the mentee which mentor was proposed (attempt <paramref name="Attempt"/>), with the score and reasons.</summary>
public sealed record MatchProposalNotice(JourneyRef Journey, int Attempt, MentorOption Mentor);

/// <summary>Sends the mentee the proposed match while the mentor is asked.</summary>
public sealed class SendMatchProposal(JourneyDirectory directory, JourneyMail mail) : TaskActivity<MatchProposalNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, MatchProposalNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var email = new MatchProposalEmail(mentee.Profile.Name, input.Mentor.Name, programme.Name, input.Mentor.Score, input.Mentor.Reasons);
        await mail.SendAsync($"{input.Journey.JourneyId}/match-proposal/{input.Attempt}", JourneyMail.To(mentee), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
