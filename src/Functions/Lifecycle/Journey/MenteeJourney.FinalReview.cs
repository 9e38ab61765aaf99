using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Functions.Lifecycle.CloseOut;

namespace MentorFlow.Functions.Lifecycle.Journey;

// The final generation, at the end of the term or after an early close once the agreement stood: an early close is
// confirmed and the meetings still ahead cancelled, then each side is asked for the final review (a blind rating, what
// went well, what to carry forward), with the programme's reminders before the deadline (the check-in deadline, counted
// from the term's end, or from the early close). The close-out follows once both reviews are in or the deadline passed.
public sealed partial class MenteeJourney
{
    /// <summary>Ends the review generations: ContinueAsNew into the final one, with its deadline.</summary>
    private JourneyOutcome BeginFinalReview(ReviewState state, EarlyCloseRequested? early)
    {
        var deadline = _programme.Deadlines.CheckIn.AddTo(early is null ? state.TermEnd : Now);
        var round = new FinalReviewRound(deadline, early, Now);
        Status(JourneyStages.Closing, "the final reviews to be asked for", deadline);
        _context.ContinueAsNew(_input with { Reviews = state with { Closing = round } });
        return new JourneyOutcome(JourneyStages.Closing, state.MentorshipId, state.MentorId, early is null ? "the term is over; final reviews begin" : "closing early; final reviews begin");
    }

    private async Task<JourneyOutcome> FinalReviewAsync(ReviewState state, FinalReviewRound round)
    {
        await EndMeetingsAsync(round.EarlyClose, round.ClosingAt, state.UpcomingMeetings);
        foreach (var role in new[] { MentorshipRole.Mentee, MentorshipRole.Mentor })
        {
            await CallAsync<bool>(nameof(SendFinalReviewRequest), new FinalReviewNotice(_journey, state.MentorshipId, state.MentorId, role, round.Deadline));
        }

        FinalReviewDraft? mentee = null;
        FinalReviewDraft? mentor = null;
        var reminders = RemindersFor(round.Deadline);
        while (mentee is null || mentor is null)
        {
            var missing = mentee is null && mentor is null ? "s from the mentee and the mentor" : mentee is null ? " from the mentee" : " from the mentor";
            Status(JourneyStages.Closing, $"the final review{missing}, until the deadline", round.Deadline);
            var received = await WaitWithRemindersAsync(
                reminders,
                async n =>
                {
                    foreach (var role in new[] { (MentorshipRole.Mentee, mentee), (MentorshipRole.Mentor, mentor) }.Where(s => s.Item2 is null).Select(s => s.Item1))
                    {
                        await CallAsync<bool>(nameof(SendFinalReviewRequest), new FinalReviewNotice(_journey, state.MentorshipId, state.MentorId, role, round.Deadline, n));
                    }
                },
                JourneyEvents.FinalReviewSubmitted);
            if (received is null)
            {
                break;
            }

            // Only the first valid review of each side counts; one for another mentorship is ignored.
            if (received.As<FinalReviewSubmitted>() is { } review && IsCurrent(review.MentorshipId) && FinalReview.Create(review.By, review.Draft).IsSuccess)
            {
                mentee = review.By == MentorshipRole.Mentee ? mentee ?? review.Draft : mentee;
                mentor = review.By == MentorshipRole.Mentor ? mentor ?? review.Draft : mentor;
            }
        }

        return await CloseOutAsync(new CloseOutPlan(state.PastCycles, round.EarlyClose, round.ClosingAt, new FinalReviewAnswers(mentee, mentor)));
    }
}
