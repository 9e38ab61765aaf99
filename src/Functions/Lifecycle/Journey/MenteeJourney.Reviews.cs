using System.Globalization;
using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Reviews;
using MentorFlow.Functions.Lifecycle.Meetings;
using MentorFlow.Functions.Lifecycle.Reviews;

namespace MentorFlow.Functions.Lifecycle.Journey;

// One review cycle per generation: the meeting in both calendars, a reminder email to both before it (besides the
// invite's own alarm), a check-in request to each side after it, reminders, the risk assessment with an alert when at
// risk, and at mid-term a link to revisit the goals. Then ContinueAsNew carries the state to the next cycle, or (at the
// end of the term or an early close) to the final generation: the final reviews and the close-out.
public sealed partial class MenteeJourney
{
    private async Task<JourneyOutcome> ReviewCycleAsync(ReviewState state)
    {
        var schedule = state.GroupAnchor is { } anchor
            ? ReviewSchedule.OnGrid(anchor, state.ReviewsStart, state.TermEnd, _programme.ReviewCadence)
            : ReviewSchedule.For(state.ReviewsStart, state.TermEnd, _programme.ReviewCadence);
        if (state.Cycle > schedule.Count)
        {
            return BeginFinalReview(state, early: null);
        }

        var cycle = schedule[state.Cycle - 1];
        _cycle = cycle.Number;
        var agreement = Agreement.Restore(state.Agreement).Value;
        var upcoming = state.UpcomingMeetings.Where(m => m.EndsAt > Now).ToList();
        // A group's slot must come out the same in every mentee's journey, so it is sought in the whole grid slot.
        var windowStart = cycle.Starts > Now || state.GroupAnchor is not null ? cycle.Starts : Now;
        var meeting = await CallAsync<BookedMeeting>(nameof(BookMeeting), new MeetingRequest(
            _journey, state.MentorshipId, state.MentorId, MeetingKey(state, cycle), 0, MeetingKind.Review, cycle.Number,
            windowStart, cycle.Ends > windowStart ? cycle.Ends : windowStart + MeetingSlot.DurationFor(cycle.Ends - cycle.Starts),
            MeetingSlot.DurationFor(cycle.Ends - cycle.Starts), ByMentorAvailability: state.GroupAnchor is not null,
            PersonalLinksUntil: state.GroupAnchor is null ? state.TermEnd : null));
        upcoming.Add(meeting);
        _meetings = upcoming;

        if (MeetingReminder.At(_programme.Deadlines, meeting.StartsAt, cycle.Ends - cycle.Starts, Now) is { } remindAt)
        {
            var at = remindAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            Status(JourneyStages.Review, $"review meeting {cycle.Number}, with a reminder to both at {at} UTC", meeting.StartsAt);
            if (await EarlyCloseBeforeAsync(remindAt) is { } closeBeforeMeeting)
            {
                return BeginFinalReview(state with { UpcomingMeetings = upcoming }, closeBeforeMeeting);
            }

            foreach (var role in new[] { MentorshipRole.Mentee, MentorshipRole.Mentor })
            {
                await CallAsync<bool>(nameof(SendMeetingReminder), new MeetingReminderNotice(_journey, state.MentorId, role, meeting, GroupMeeting: state.GroupAnchor is not null));
            }
        }

        Status(JourneyStages.Review, $"review meeting {cycle.Number}", meeting.StartsAt);
        if (await EarlyCloseBeforeAsync(meeting.EndsAt) is { } closeDuringMeeting)
        {
            return BeginFinalReview(state with { UpcomingMeetings = upcoming }, closeDuringMeeting);
        }

        var deadline = _programme.Deadlines.CheckIn.AddTo(meeting.EndsAt);
        var midTerm = MidTermReview.IsMidTerm(cycle.Number, schedule.Count);
        foreach (var role in new[] { MentorshipRole.Mentee, MentorshipRole.Mentor })
        {
            await CallAsync<bool>(nameof(SendCheckInRequest), new CheckInNotice(_journey, state.MentorshipId, state.MentorId, role, cycle.Number, deadline, midTerm));
        }

        var goalCount = agreement.Goals.Count;
        SubmittedCheckIn? mentee = null;
        SubmittedCheckIn? mentor = null;
        var reminders = RemindersFor(deadline);
        while (mentee is null || mentor is null)
        {
            var missing = mentee is null && mentor is null ? string.Empty : mentee is null ? " from the mentee" : " from the mentor";
            Status(JourneyStages.Review, $"check-ins for cycle {cycle.Number}{missing}", deadline);
            var received = await WaitWithRemindersAsync(
                reminders,
                async n =>
                {
                    foreach (var role in new[] { (MentorshipRole.Mentee, mentee), (MentorshipRole.Mentor, mentor) }.Where(s => s.Item2 is null).Select(s => s.Item1))
                    {
                        await CallAsync<bool>(nameof(SendCheckInRequest), new CheckInNotice(_journey, state.MentorshipId, state.MentorId, role, cycle.Number, deadline, midTerm, n));
                    }
                },
                JourneyEvents.EarlyCloseRequested, JourneyEvents.CheckInSubmitted, JourneyEvents.AgreementSubmitted, JourneyEvents.AgreementConfirmed);
            if (received is null)
            {
                break;
            }

            switch (received.Name)
            {
                case JourneyEvents.EarlyCloseRequested when AsEarlyClose(received) is { } close:
                    var cyclesSoFar = state.PastCycles.Append(new CycleRecord(cycle.Number, goalCount, mentee, mentor)).ToArray();
                    return BeginFinalReview(state with { Agreement = agreement.ToSnapshot(), PastCycles = cyclesSoFar, UpcomingMeetings = upcoming }, close);
                case JourneyEvents.CheckInSubmitted when received.As<CheckInSubmitted>() is { } checkIn && IsCurrent(checkIn.MentorshipId) && checkIn.Cycle == cycle.Number:
                    if (CheckIn.Create(checkIn.Draft, checkIn.By, cycle.Number, goalCount, Now).IsSuccess)
                    {
                        var submitted = new SubmittedCheckIn(checkIn.Draft, Now);
                        mentee = checkIn.By == MentorshipRole.Mentee ? mentee ?? submitted : mentee;
                        mentor = checkIn.By == MentorshipRole.Mentor ? mentor ?? submitted : mentor;
                    }

                    break;
                case JourneyEvents.AgreementSubmitted when received.As<AgreementSubmitted>() is { } revision && IsCurrent(revision.MentorshipId):
                    // Goals revisited (mid-term): the revision is kept once valid, and the other side is asked to confirm it.
                    await ApplySubmissionAsync(agreement, revision, state.TermStart, state.TermEnd, deadline);
                    break;
                case JourneyEvents.AgreementConfirmed when received.As<AgreementConfirmed>() is { } confirmed && IsCurrent(confirmed.MentorshipId) && confirmed.Revision == agreement.Revision:
                    agreement.Confirm(confirmed.By, Now);
                    break;
                default:
                    break;
            }
        }

        var cycles = state.PastCycles.Append(new CycleRecord(cycle.Number, goalCount, mentee, mentor)).ToArray();
        var risk = RiskAssessment.Assess(CycleRecord.ToCheckIns(cycles), _programme.Risk);
        _atRisk = risk.IsAtRisk;
        _riskReasons = [.. risk.Reasons.Select(r => r.Explanation)];
        if (risk.IsAtRisk)
        {
            await CallAsync<bool>(nameof(SendAtRiskAlert), new AtRiskNotice(_journey, state.MentorId, cycle.Number, cycles));
        }

        if (cycle.Number == schedule.Count)
        {
            Status(JourneyStages.Review, "the end of the term", state.TermEnd);
            // A request for another mentorship is ignored and the wait goes on: only the term's end or a valid request ends it.
            var request = await EarlyCloseBeforeAsync(state.TermEnd > Now ? state.TermEnd : Now);
            return BeginFinalReview(state with { Agreement = agreement.ToSnapshot(), PastCycles = cycles, UpcomingMeetings = upcoming }, request);
        }

        var next = state with
        {
            Agreement = agreement.ToSnapshot(),
            Cycle = cycle.Number + 1,
            PastCycles = cycles,
            UpcomingMeetings = [.. upcoming.Where(m => m.EndsAt > Now)],
            AtRisk = _atRisk,
            RiskReasons = _riskReasons,
        };
        _meetings = next.UpcomingMeetings;
        Status(JourneyStages.Review, $"review cycle {cycle.Number + 1}", schedule[cycle.Number].Starts);
        _context.ContinueAsNew(_input with { Reviews = next });
        return new JourneyOutcome(JourneyStages.Review, state.MentorshipId, state.MentorId, $"review cycle {cycle.Number} done");
    }

    /// <summary>
    /// Waits until <paramref name="until"/>; a valid early-close request ends the wait and is returned, one for another
    /// mentorship (or otherwise invalid) is ignored and the wait goes on.
    /// </summary>
    private async Task<EarlyCloseRequested?> EarlyCloseBeforeAsync(DateTimeOffset until)
    {
        while (await _events.NextAsync(until, JourneyEvents.EarlyCloseRequested) is { } received)
        {
            if (AsEarlyClose(received) is { } close)
            {
                return close;
            }
        }

        return null;
    }

    /// <summary>
    /// A pair's meeting is its journey's; a group's is the mentor's, keyed by the slot's start on the group's grid, so
    /// the mentees of one group who share a slot share one event (see docs/architecture.md, Lifecycle).
    /// </summary>
    private string MeetingKey(ReviewState state, ReviewCycle cycle) => state.GroupAnchor is not null
        ? $"group:{_programme.Id.Value}:{state.MentorId}:review:{cycle.Starts.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}"
        : $"{_journey.JourneyId}:review:{cycle.Number}";
}
