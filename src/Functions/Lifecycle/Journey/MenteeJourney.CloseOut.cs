using MentorFlow.Domain.CloseOut;
using MentorFlow.Functions.Lifecycle.CloseOut;
using MentorFlow.Functions.Lifecycle.Intake;
using MentorFlow.Functions.Lifecycle.Matching;
using MentorFlow.Functions.Lifecycle.Meetings;

namespace MentorFlow.Functions.Lifecycle.Journey;

// The close-out, at the end of the term or early: confirmations of an early close, future meetings cancelled (both
// before the final reviews are asked for, see MenteeJourney.FinalReview.cs), then the mentor's place released (and
// waitlisted journeys told), the summaries, thanks and the become-a-mentor invitation.
public sealed partial class MenteeJourney
{
    /// <summary>
    /// An early close is confirmed to the mentee, the mentor and the administrator; the meetings still ahead are
    /// cancelled (a group's only for this mentee).
    /// </summary>
    private async Task EndMeetingsAsync(EarlyCloseRequested? early, DateTimeOffset requestedAt, IReadOnlyList<BookedMeeting> upcoming)
    {
        var mentorId = _mentorId!;
        if (early is not null)
        {
            foreach (var recipient in new[] { CloseRequester.Mentee, CloseRequester.Mentor, CloseRequester.Administrator })
            {
                await CallAsync<bool>(nameof(SendEarlyCloseConfirmation), new EarlyCloseNotice(_journey, mentorId, recipient, early.By, early.Reason, requestedAt));
            }
        }

        foreach (var meeting in upcoming.Where(m => m.StartsAt > Now))
        {
            var comment = early is null ? "the mentorship has reached the end of its term." : "the mentorship was closed early.";
            var groupMeeting = meeting.Key.StartsWith("group:", StringComparison.Ordinal);
            await CallAsync<bool>(nameof(CancelMeeting), new MeetingCancellationRequest(_journey, mentorId, meeting, MenteeOnly: groupMeeting, comment));
        }
    }

    /// <summary>The mentor's place released (waitlisted journeys told), then the summaries, thanks and the become-a-mentor invitation.</summary>
    private async Task<JourneyOutcome> CloseOutAsync(CloseOutPlan plan)
    {
        var mentorId = _mentorId!;
        Status(JourneyStages.Closing, "the close-out to finish", null);
        await ReleaseAndAnnounceAsync();
        await CallAsync<bool>(nameof(SendCloseOutSummaries), new CloseOutNotice(
            _journey, mentorId, plan.Cycles, plan.EarlyClose?.By, plan.EarlyClose?.Reason, plan.EarlyClose is null ? null : plan.At, plan.FinalReviews));
        Status(JourneyStages.Closed, "nothing: the mentorship is closed", null);
        return new JourneyOutcome(JourneyStages.Closed, _mentorshipId, mentorId, plan.EarlyClose is null ? "closed at the end of the term" : "closed early");
    }

    /// <summary>An early close before any mentor accepted: the place held (if any) is freed, the mentee and the administrator told.</summary>
    private async Task<JourneyOutcome> CloseBeforeMentorshipAsync(EarlyCloseRequested early)
    {
        Status(JourneyStages.Closing, "the close-out to finish", null);
        foreach (var recipient in new[] { CloseRequester.Mentee, CloseRequester.Administrator })
        {
            await CallAsync<bool>(nameof(SendEarlyCloseConfirmation), new EarlyCloseNotice(_journey, null, recipient, early.By, early.Reason, Now));
        }

        await ReleaseAndAnnounceAsync();
        Status(JourneyStages.Closed, "nothing: the journey was closed before a match", null);
        return new JourneyOutcome(JourneyStages.Closed, _mentorshipId, null, "closed early, before a match");
    }

    /// <summary>Frees the mentee's place and tells the programme's waitlisted journeys that capacity may have appeared.</summary>
    private async Task ReleaseAndAnnounceAsync()
    {
        var freed = await CallAsync<string?>(nameof(ReleasePlace), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId));
        if (freed is null)
        {
            return;
        }

        var waiting = await CallAsync<IReadOnlyList<string>>(nameof(FindWaitingJourneys), new WaitingJourneysQuery(_journey.ProgrammeId, [JourneyStages.Waitlisted]));
        foreach (var journeyId in waiting.Where(id => id != _journey.JourneyId))
        {
            _context.SendEvent(journeyId, JourneyEvents.CapacityAvailable, null);
        }
    }
}
