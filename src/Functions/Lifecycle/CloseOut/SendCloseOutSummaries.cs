using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Functions.Lifecycle.Reviews;

namespace MentorFlow.Functions.Lifecycle.CloseOut;

/// <summary>
/// The close-out's words: the summary with both final reviews to the mentee and to the mentor (each sees only their
/// own rating), the administrator's summary (both ratings), thanks to the mentor, and the invitation to the mentee
/// to become a mentor. One notification made of five emails, each under its own key, so a retry sends only those
/// not yet sent.
/// </summary>
public sealed class SendCloseOutSummaries(JourneyDirectory directory, JourneyMail mail) : TaskActivity<CloseOutNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, CloseOutNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancel = context.CancellationToken;
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, cancel).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, cancel).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, cancel).ConfigureAwait(false);
        var earlyClose = input.ClosedEarlyBy is { } by ? EarlyCloseRequest.Create(by, input.EarlyCloseReason, input.EarlyCloseAt!.Value).Value : null;

        // The mentee's outcomes (goals met, confidence, network) are not asked for yet, so the summary has none.
        var finalReviews = input.FinalReviews?.ToFinalReviews();
        var summary = CloseOutSummary.Build(null, CycleRecord.ToCheckIns(input.Cycles), earlyClose, finalReviews);
        var report = new CloseOutReport(summary, finalReviews?.Mentee?.Rating, finalReviews?.Mentor?.Rating);
        var key = input.Journey.JourneyId + "/close-out";
        await mail.SendAsync($"{key}/summary/mentee", JourneyMail.To(mentee),
            new CloseOutSummaryEmail(mentee.Profile.Name, mentor.Profile.Name, programme.Name, report.ForParticipant(MentorshipRole.Mentee)), cancel).ConfigureAwait(false);
        await mail.SendAsync($"{key}/summary/mentor", JourneyMail.To(mentor),
            new CloseOutSummaryEmail(mentor.Profile.Name, mentee.Profile.Name, programme.Name, report.ForParticipant(MentorshipRole.Mentor)), cancel).ConfigureAwait(false);
        await mail.SendAsync($"{key}/summary/administrator", mail.Administrator,
            new AdministratorCloseOutEmail(JourneyMail.AdministratorName, mentee.Profile.Name, mentor.Profile.Name, programme.Name, report.ForAdministrator(), mail.JourneyPage(input.Journey.JourneyId)), cancel).ConfigureAwait(false);
        await mail.SendAsync($"{key}/mentor-thanks", JourneyMail.To(mentor),
            new MentorThanksEmail(mentor.Profile.Name, mentee.Profile.Name, programme.Name), cancel).ConfigureAwait(false);
        await mail.SendAsync($"{key}/become-a-mentor", JourneyMail.To(mentee),
            new BecomeAMentorEmail(mentee.Profile.Name, programme.Name, mail.EnrolmentPage(programme.Id)), cancel).ConfigureAwait(false);
        return true;
    }
}
