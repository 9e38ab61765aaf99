using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Programmes;
using MentorFlow.Functions.Lifecycle.Agreements;
using MentorFlow.Functions.Lifecycle.Matching;
using MentorFlow.Functions.Lifecycle.Meetings;

namespace MentorFlow.Functions.Lifecycle.Journey;

// The agreement: the mentee writes it, the other side confirms (a revision by either side asks the other again);
// reminders before the deadline, an escalation to the administrator after it while the journey keeps waiting; once
// both confirmed, the kickoff goes in both calendars and the first review generation starts.
public sealed partial class MenteeJourney
{
    private async Task<JourneyOutcome> AgreeAsync(DateTimeOffset termStart)
    {
        var termEnd = _programme.Term.AddTo(termStart);
        var deadline = _programme.Deadlines.Agreement.AddTo(Now);
        var mentorshipId = _mentorshipId!;
        var mentorId = _mentorId!;
        await CallAsync<bool>(nameof(SendAgreementRequest), new AgreementNotice(_journey, mentorshipId, mentorId, MentorshipRole.Mentee, deadline));
        Agreement? agreement = null;
        var escalated = false;
        var reminders = RemindersFor(deadline);
        while (agreement is not { IsConfirmed: true })
        {
            Status(JourneyStages.Agreement, agreement is null ? "the mentee's agreement" : $"confirmation of the agreement by the {Pending(agreement)}", escalated ? null : deadline);
            var names = new[] { JourneyEvents.EarlyCloseRequested, JourneyEvents.AgreementSubmitted, JourneyEvents.AgreementConfirmed };
            var received = escalated
                ? await _events.NextAsync(null, names)
                : await WaitWithRemindersAsync(reminders, n => RemindAboutAgreementAsync(agreement, deadline, n), names);
            switch (received?.Name)
            {
                case null:
                    escalated = true;
                    await CallAsync<bool>(nameof(SendAgreementEscalation), new AgreementEscalationNotice(_journey, mentorId, NotConfirmedBy(agreement), deadline));
                    break;
                case JourneyEvents.EarlyCloseRequested when AsEarlyClose(received) is { } close:
                    // Before the agreement there is nothing to review: the close-out follows at once.
                    await EndMeetingsAsync(close, Now, []);
                    return await CloseOutAsync(new CloseOutPlan([], close, Now, FinalReviews: null));
                case JourneyEvents.AgreementSubmitted when received.As<AgreementSubmitted>() is { } submitted && IsCurrent(submitted.MentorshipId):
                    agreement = await ApplySubmissionAsync(agreement, submitted, termStart, termEnd, deadline) ?? agreement;
                    break;
                case JourneyEvents.AgreementConfirmed when received.As<AgreementConfirmed>() is { } confirmed && IsCurrent(confirmed.MentorshipId):
                    if (agreement is not null && confirmed.Revision == agreement.Revision)
                    {
                        agreement.Confirm(confirmed.By, Now);
                    }

                    break;
                default:
                    break;
            }
        }

        var reviewsStart = Now;
        var firstCycle = _programme.ReviewCadence.AddTo(reviewsStart) - reviewsStart;
        var kickoffWindow = firstCycle < TimeSpan.FromDays(7) ? firstCycle : TimeSpan.FromDays(7);
        var kickoff = await CallAsync<BookedMeeting>(nameof(BookMeeting), new MeetingRequest(
            _journey, mentorshipId, mentorId, $"{_journey.JourneyId}:kickoff", 0, MeetingKind.Kickoff, 0,
            reviewsStart, reviewsStart + kickoffWindow, MeetingSlot.DurationFor(firstCycle), ByMentorAvailability: false, PersonalLinksUntil: null));

        DateTimeOffset? groupAnchor = _programme.Type == ProgrammeType.Group
            ? await CallAsync<DateTimeOffset>(nameof(ReadGroupAnchor), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId, mentorId))
            : null;
        var state = new ReviewState(mentorshipId, mentorId, termStart, termEnd, reviewsStart, agreement.ToSnapshot(), 1, [], [kickoff], false, [], groupAnchor);
        _meetings = [kickoff];
        Status(JourneyStages.Review, "the first review cycle", reviewsStart);
        _context.ContinueAsNew(_input with { Reviews = state });
        return new JourneyOutcome(JourneyStages.Review, mentorshipId, mentorId, "the agreement is confirmed; reviews begin");
    }

    /// <summary>
    /// A submission: the mentee's first version, or a revision by either side; an invalid draft, or a submission
    /// already applied (the same link's page sent it again after a crash), changes nothing.
    /// </summary>
    private async Task<Agreement?> ApplySubmissionAsync(Agreement? agreement, AgreementSubmitted submitted, DateTimeOffset termStart, DateTimeOffset termEnd, DateTimeOffset confirmBy)
    {
        var applied = _input.AppliedSubmissions ?? [];
        if (submitted.SubmissionId is { } id && applied.Contains(id))
        {
            return null;
        }

        var result = agreement is null
            ? submitted.By == MentorshipRole.Mentee ? Agreement.Create(submitted.Draft, termStart, termEnd, Now) : null
            : agreement.Revise(submitted.Draft, submitted.By, Now);
        if (result is not { IsSuccess: true })
        {
            return null;
        }

        if (submitted.SubmissionId is { } appliedNow)
        {
            // Carried by every ContinueAsNew, which passes on the input.
            _input = _input with { AppliedSubmissions = [.. applied, appliedNow] };
        }

        var other = submitted.By == MentorshipRole.Mentee ? MentorshipRole.Mentor : MentorshipRole.Mentee;
        await CallAsync<bool>(nameof(SendAgreementConfirmationRequest),
            new AgreementNotice(_journey, _mentorshipId!, _mentorId!, other, confirmBy, result.Value.ToSnapshot()));
        return result.Value;
    }

    private async Task RemindAboutAgreementAsync(Agreement? agreement, DateTimeOffset deadline, int reminder)
    {
        foreach (var role in NotConfirmedBy(agreement))
        {
            await CallAsync<bool>(nameof(SendAgreementReminder),
                new AgreementNotice(_journey, _mentorshipId!, _mentorId!, role, deadline, agreement?.ToSnapshot(), reminder));
        }
    }

    private static IReadOnlyList<MentorshipRole> NotConfirmedBy(Agreement? agreement) => agreement is null
        ? [MentorshipRole.Mentee]
        : [.. new[] { MentorshipRole.Mentee, MentorshipRole.Mentor }.Where(r => (r == MentorshipRole.Mentee ? agreement.MenteeConfirmedAt : agreement.MentorConfirmedAt) is null)];

    private static string Pending(Agreement agreement) =>
        string.Join(" and the ", NotConfirmedBy(agreement).Select(r => r == MentorshipRole.Mentee ? "mentee" : "mentor"));
}
