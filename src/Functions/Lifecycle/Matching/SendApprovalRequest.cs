using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>The proposal <paramref name="MentorshipId"/> the administrator is asked to approve.</summary>
public sealed record ApprovalRequestNotice(JourneyRef Journey, string MentorshipId, int Attempt, MentorOption Mentor);

/// <summary>
/// Asks the administrator to approve a held match. The review link is the journey's page; the approval itself is
/// <c>POST /api/mentorships/{mentorshipId}/approve</c> with the admin key, which raises <c>match-approval</c>.
/// </summary>
public sealed class SendApprovalRequest(JourneyDirectory directory, JourneyMail mail) : TaskActivity<ApprovalRequestNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ApprovalRequestNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var email = new MatchApprovalRequestEmail(
            JourneyMail.AdministratorName, mentee.Profile.Name, input.Mentor.Name, programme.Name, input.Mentor.Score, input.Mentor.Reasons, mail.JourneyPage(input.Journey.JourneyId));
        await mail.SendAsync($"{input.Journey.JourneyId}/approval-request/{input.Attempt}", mail.Administrator, email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
