using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Reviews;
using MentorFlow.Domain.Tests.Agreements;
using MentorFlow.Domain.Tests.CloseOut;
using MentorFlow.Domain.Tests.Reviews;

namespace MentorFlow.Domain.Tests.Messages;

/// <summary>One of every email, addressed to <see cref="Recipient"/>, with hostile text in every free-text field.</summary>
public static class MessageCatalogue
{
    public const string Recipient = "Ada<script>alert('r')</script>";
    public const string Other = "Grace & <i>Hopper</i>";
    public const string Third = "Linus <b>T</b>";
    public const string Programme = "Pathways <Pilot>";
    public const string Goal = "Ship <b>v2</b> of the API";
    public const string Reason = "both prefer <video> calls";

    public static readonly DateTimeOffset Deadline = new(2026, 3, 3, 14, 0, 0, TimeSpan.FromHours(1));

    /// <summary>A signed-looking absolute link; the query has an ampersand that HTML must encode.</summary>
    public static Uri Link(string action) => new($"https://mentorflow.example/a/{action}?token=t0k3n&for=x");

    public static RiskAssessment AtRisk() =>
        RiskAssessment.Assess(new CyclesBuilder().Cycle(c => c.WithChallenges("burnout"), null).Cycle(c => c, null).Build(), RiskThresholds.Default);

    public static EarlyCloseRequest EarlyClose(CloseRequester by) =>
        EarlyCloseRequest.Create(by, "Moving <abroad> next month", Deadline).Value;

    /// <summary>Each email with the links it must carry, in order.</summary>
    public static IEnumerable<(EmailMessage Message, Uri[] Links)> All()
    {
        var agreement = new AgreementDraftBuilder().WithGoals(new GoalDraftBuilder().WithDescription(Goal + " for the payments team").Build()).Create();
        var report = new CloseOutBuilder().Build();

        yield return (new MenteeEnrolmentConfirmationEmail(Recipient, Programme, [Goal]), []);
        yield return (new MentorEnrolmentConfirmationEmail(Recipient, Programme, 3, Link("pause")), [Link("pause")]);
        yield return (new MatchProposalEmail(Recipient, Other, Programme, 0.82, [Reason]), []);
        yield return (new MatchApprovalRequestEmail(Recipient, Other, Third, Programme, 0.7, [Reason], Link("approve")), [Link("approve")]);
        yield return (new MentorRequestEmail(Recipient, Other, Programme, [Goal], [Reason], Link("accept"), Link("decline"), Deadline), [Link("accept"), Link("decline")]);
        yield return (new MentorSuggestionsEmail(Recipient, Programme, [new SuggestedMentor(Other, 0.9, [Reason], Link("choose-1")), new SuggestedMentor(Third, 0.8, [Reason], Link("choose-2"))], Deadline), [Link("choose-1"), Link("choose-2")]);
        yield return (new WaitlistNoticeEmail(Recipient, Programme, 4), []);
        yield return (new MatchResponseReminderEmail(Recipient, Other, Programme, Link("accept"), Link("decline"), Deadline), [Link("accept"), Link("decline")]);
        yield return (new AgreementRequestEmail(Recipient, Other, Programme, Link("agreement"), Deadline), [Link("agreement")]);
        yield return (new AgreementConfirmationRequestEmail(Recipient, Other, Programme, agreement, Link("confirm"), Link("revise"), Deadline), [Link("confirm"), Link("revise")]);
        yield return (new AgreementReminderEmail(Recipient, true, Programme, Link("confirm"), Deadline), [Link("confirm")]);
        yield return (new AgreementEscalationEmail(Recipient, Other, Third, Programme, [MentorshipRole.Mentor], Deadline, Link("mentorship")), [Link("mentorship")]);
        yield return (new MeetingNoticeEmail(Recipient, [Other], Programme, MeetingKind.Kickoff, 0, Deadline, TimeSpan.FromMinutes(45), Link("join")), [Link("join")]);
        yield return (new MeetingNoticeEmail(Recipient, [Other, Third], Programme, MeetingKind.Review, 2, Deadline, TimeSpan.FromHours(1), null, Link("check-in"), Link("early-close"), InviteAttached: false),
            [Link("check-in"), Link("early-close")]);
        yield return (new MeetingReminderEmail(Recipient, [Other], Programme, 2, Deadline, TimeSpan.FromHours(1)), []);
        yield return (new MeetingCancelledEmail(Recipient, Programme, MeetingKind.Review, 2, Deadline, "the mentorship was closed early."), []);
        yield return (new CheckInRequestEmail(Recipient, Other, Programme, 3, Link("check-in"), Deadline, Link("revise-goals")), [Link("check-in"), Link("revise-goals")]);
        yield return (new CheckInReminderEmail(Recipient, Programme, 3, Link("check-in"), Deadline), [Link("check-in")]);
        yield return (new AtRiskAlertEmail(Recipient, Other, Third, Programme, AtRisk(), Link("mentorship")), [Link("mentorship")]);
        yield return (new RematchEscalationEmail(Recipient, Other, Programme, 3, Link("journey")), [Link("journey")]);
        yield return (new FinalReviewRequestEmail(Recipient, MentorshipRole.Mentee, Other, Programme, Link("final-review"), Deadline), [Link("final-review")]);
        yield return (new FinalReviewReminderEmail(Recipient, Programme, Link("final-review"), Deadline), [Link("final-review")]);
        yield return (new CloseOutSummaryEmail(Recipient, Other, Programme, report.ForParticipant(MentorshipRole.Mentee)), []);
        yield return (new AdministratorCloseOutEmail(Recipient, Other, Third, Programme, report.ForAdministrator(), Link("mentorship")), [Link("mentorship")]);
        yield return (new MentorThanksEmail(Recipient, Other, Programme), []);
        yield return (new BecomeAMentorEmail(Recipient, Programme, Link("enrol-mentor")), [Link("enrol-mentor")]);
        yield return (new UndeliverableAddressEmail(Recipient, Other, EnrolmentRole.Mentor, Programme, Reason, Link("journey")), [Link("journey")]);
        yield return (new EarlyCloseConfirmationEmail(Recipient, CloseRequester.Mentor, Other, Third, Programme, EarlyClose(CloseRequester.Mentee), Link("final-review")), [Link("final-review")]);
    }
}
