using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Lifecycle.Matching;

namespace MentorFlow.Functions.Lifecycle.Journey;

// Matching: propose the best mentor (automatic), after the administrator's approval, or after the mentee's choice;
// a decline or silence moves on to the next-best and counts as a failure, too many of which escalate; a place lost
// before the mentor could take the mentee (another journey took it, a pause withdrew it) is proposed again without
// counting; no feasible mentor waitlists.
public sealed partial class MenteeJourney
{
    private EarlyCloseRequested? _closedEarly;

    /// <summary>Proposals made so far; each gets its own mentorship id, so late answers to earlier ones are told apart.</summary>
    private int _attempt;

    private async Task<MatchResult> MatchAsync()
    {
        var failed = new List<string>();
        var waitlistRound = 0;
        MentorOption? named = null;
        while (true)
        {
            MentorAnswer answer;
            MentorOption candidate;
            if (named is not null)
            {
                // Named by a cohort run or the administrator: no suggestion or approval, the mentor is asked at once.
                candidate = named;
                named = null;
                answer = await AskMentorAsync(++_attempt, candidate, alreadyHeld: false);
            }
            else
            {
                _mentorshipId = null;
                _mentorId = null;
                Status(JourneyStages.Matching, "the best feasible mentor", null);
                var outlook = await CallAsync<MentorOutlook>(nameof(FindMentors), new FindMentorsRequest(_journey, failed));
                if (outlook.Step == RematchStep.Escalate)
                {
                    named = await AwaitAdministratorsMentorAsync(_attempt + 1, failed.Count);
                    if (named is null)
                    {
                        return new MatchResult(Now, _closedEarly);
                    }

                    continue;
                }

                if (outlook.Step == RematchStep.Wait)
                {
                    var woken = await WaitlistAsync(++waitlistRound);
                    if (_closedEarly is not null)
                    {
                        return new MatchResult(Now, _closedEarly);
                    }

                    named = woken;
                    continue;
                }

                (answer, candidate) = _programme.Matching.Mode switch
                {
                    MatchingMode.AdministratorApproval => await ProposeForApprovalAsync(++_attempt, outlook.Options[0]),
                    MatchingMode.MenteeChoice => await OfferChoiceAsync(++_attempt, outlook.Options),
                    _ => (await AskMentorAsync(++_attempt, outlook.Options[0], alreadyHeld: false), outlook.Options[0]),
                };
            }

            switch (answer)
            {
                case MentorAnswer.Accepted:
                    return new MatchResult(Now, null);
                case MentorAnswer.ClosedEarly:
                    await CallAsync<string?>(nameof(ReleasePlace), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId));
                    return new MatchResult(Now, _closedEarly);
                case MentorAnswer.PlaceLost:
                    break;
                default:
                    failed.Add(candidate.MentorId);
                    break;
            }
        }
    }

    /// <summary>Holds a place (unless held already), tells the mentee, asks the mentor and waits for the answer.</summary>
    private async Task<MentorAnswer> AskMentorAsync(int attempt, MentorOption mentor, bool alreadyHeld)
    {
        _mentorshipId = MentorshipIdFor(attempt);
        _mentorId = mentor.MentorId;
        if (!alreadyHeld && !await HoldAsync(mentor))
        {
            return MentorAnswer.PlaceLost;
        }

        var deadline = _programme.Deadlines.MatchResponse.AddTo(Now);
        await CallAsync<bool>(nameof(SendMatchProposal), new MatchProposalNotice(_journey, attempt, mentor));
        await CallAsync<bool>(nameof(SendMentorRequest), new MentorRequestNotice(_journey, _mentorshipId, attempt, mentor, deadline));
        Status(JourneyStages.AwaitingMentor, "the mentor's answer", deadline);
        var reminders = RemindersFor(deadline);
        while (true)
        {
            var received = await WaitWithRemindersAsync(
                reminders,
                n => CallAsync<bool>(nameof(SendMentorRequest), new MentorRequestNotice(_journey, _mentorshipId, attempt, mentor, deadline, n)),
                JourneyEvents.EarlyCloseRequested, JourneyEvents.MatchResponse, JourneyEvents.ProposalWithdrawn);
            switch (received?.Name)
            {
                case null:
                    return await ReleaseAsync(MentorAnswer.Failed);
                case JourneyEvents.EarlyCloseRequested when AsEarlyClose(received) is { } close:
                    _closedEarly = close;
                    return MentorAnswer.ClosedEarly;
                case JourneyEvents.MatchResponse when received.As<MatchResponse>() is { } response && IsCurrent(response.MentorshipId):
                    if (!response.Accepted)
                    {
                        return await ReleaseAsync(MentorAnswer.Failed);
                    }

                    // False when the place was withdrawn in between (the mentor paused): that proposal is gone.
                    return await CallAsync<bool>(nameof(AcceptPlace), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId))
                        ? MentorAnswer.Accepted
                        : MentorAnswer.PlaceLost;
                case JourneyEvents.ProposalWithdrawn when IsCurrent(received.As<ProposalWithdrawn>().MentorshipId):
                    return await ReleaseAsync(MentorAnswer.PlaceLost);
                default:
                    continue;
            }
        }
    }

    private async Task<bool> HoldAsync(MentorOption mentor) =>
        await CallAsync<HoldOutcome>(nameof(HoldPlace), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId, mentor.MentorId)) == HoldOutcome.Held;

    private async Task<MentorAnswer> ReleaseAsync(MentorAnswer answer)
    {
        await CallAsync<string?>(nameof(ReleasePlace), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId));
        return answer;
    }

    /// <summary>Administrator approval: the best candidate is held while the administrator decides.</summary>
    private async Task<(MentorAnswer, MentorOption)> ProposeForApprovalAsync(int attempt, MentorOption best)
    {
        _mentorshipId = MentorshipIdFor(attempt);
        _mentorId = best.MentorId;
        if (!await HoldAsync(best))
        {
            return (MentorAnswer.PlaceLost, best);
        }

        await CallAsync<bool>(nameof(SendApprovalRequest), new ApprovalRequestNotice(_journey, _mentorshipId, attempt, best));
        Status(JourneyStages.AwaitingApproval, "the administrator's approval", null);
        while (true)
        {
            var received = await _events.NextAsync(null, JourneyEvents.EarlyCloseRequested, JourneyEvents.MatchApproval, JourneyEvents.ProposalWithdrawn);
            if (received!.Name == JourneyEvents.EarlyCloseRequested)
            {
                if (AsEarlyClose(received) is { } close)
                {
                    _closedEarly = close;
                    return (MentorAnswer.ClosedEarly, best);
                }

                continue;
            }

            if (received.Name == JourneyEvents.ProposalWithdrawn)
            {
                // The held mentor paused before the administrator decided: their place is gone, move on.
                if (IsCurrent(received.As<ProposalWithdrawn>().MentorshipId))
                {
                    return (await ReleaseAsync(MentorAnswer.PlaceLost), best);
                }

                continue;
            }

            var decision = received.As<MatchApproval>();
            if (!IsCurrent(decision.MentorshipId))
            {
                continue;
            }

            if (!decision.Approved)
            {
                return (await ReleaseAsync(MentorAnswer.Failed), best);
            }

            if (decision.MentorId is { } other && other != best.MentorId)
            {
                // The administrator overrode the suggestion: ask their mentor instead, under the next attempt.
                await ReleaseAsync(MentorAnswer.Failed);
                var chosen = await CallAsync<MentorOption>(nameof(AssessPair), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId, other));
                return (await AskMentorAsync(++_attempt, chosen, alreadyHeld: false), chosen);
            }

            return (await AskMentorAsync(attempt, best, alreadyHeld: true), best);
        }
    }

    /// <summary>Mentee choice: the top suggestions with a choose link each; without a choice by the deadline, the best is asked.</summary>
    private async Task<(MentorAnswer, MentorOption)> OfferChoiceAsync(int attempt, IReadOnlyList<MentorOption> options)
    {
        _mentorshipId = MentorshipIdFor(attempt);
        _mentorId = null;
        var deadline = _programme.Deadlines.MatchResponse.AddTo(Now);
        await CallAsync<bool>(nameof(SendMentorSuggestions), new SuggestionsNotice(_journey, _mentorshipId, attempt, options, deadline));
        Status(JourneyStages.AwaitingChoice, "the mentee's choice of mentor", deadline);
        var choice = options[0];
        while (true)
        {
            var received = await _events.NextAsync(deadline, JourneyEvents.EarlyCloseRequested, JourneyEvents.MentorChosen);
            if (received is null)
            {
                break;
            }

            if (received.Name == JourneyEvents.EarlyCloseRequested)
            {
                if (AsEarlyClose(received) is { } close)
                {
                    _closedEarly = close;
                    return (MentorAnswer.ClosedEarly, choice);
                }

                continue;
            }

            var chosen = received.As<MentorChosen>();
            if (IsCurrent(chosen.MentorshipId) && options.FirstOrDefault(o => o.MentorId == chosen.MentorId) is { } picked)
            {
                choice = picked;
                break;
            }
        }

        return (await AskMentorAsync(attempt, choice, alreadyHeld: false), choice);
    }

    /// <summary>Too many failed proposals: the administrator is told and names a mentor (<c>match-approval</c> with a mentor id).</summary>
    private async Task<MentorOption?> AwaitAdministratorsMentorAsync(int nextAttempt, int failedProposals)
    {
        _mentorshipId = MentorshipIdFor(nextAttempt);
        await CallAsync<bool>(nameof(SendRematchEscalation), new RematchEscalationNotice(_journey, failedProposals));
        Status(JourneyStages.Escalated, "the administrator to name a mentor", null);
        while (true)
        {
            var received = await _events.NextAsync(null, JourneyEvents.EarlyCloseRequested, JourneyEvents.MatchApproval);
            if (received!.Name == JourneyEvents.EarlyCloseRequested)
            {
                if (AsEarlyClose(received) is { } close)
                {
                    _closedEarly = close;
                    return null;
                }

                continue;
            }

            var decision = received.As<MatchApproval>();
            if (IsCurrent(decision.MentorshipId) && decision.Approved && decision.MentorId is { } mentor)
            {
                return await CallAsync<MentorOption>(nameof(AssessPair), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId, mentor));
            }
        }
    }

    /// <summary>
    /// No feasible mentor has room: the mentee is told and waits for capacity (a mentor joins or a place frees) or a
    /// cohort run's proposal, re-checking on a timer as a fallback. Returns the cohort's mentor when one was proposed.
    /// </summary>
    private async Task<MentorOption?> WaitlistAsync(int round)
    {
        await CallAsync<bool>(nameof(SendWaitlistNotice), new WaitlistNotice(_journey, round));
        var recheck = _programme.Deadlines.MatchResponse.AddTo(Now);
        Status(JourneyStages.Waitlisted, "a mentor with room: a new mentor, a freed place or a cohort run", recheck);
        while (true)
        {
            var received = await _events.NextAsync(recheck, JourneyEvents.EarlyCloseRequested, JourneyEvents.CohortProposal, JourneyEvents.CapacityAvailable);
            switch (received?.Name)
            {
                case JourneyEvents.EarlyCloseRequested:
                    if (AsEarlyClose(received) is { } close)
                    {
                        _closedEarly = close;
                        return null;
                    }

                    continue;
                case JourneyEvents.CohortProposal:
                    var proposal = received.As<CohortProposal>();
                    return await CallAsync<MentorOption>(nameof(AssessPair), new PlaceRequest(_journey.ProgrammeId, _journey.MenteeId, proposal.MentorId));
                default:
                    return null;
            }
        }
    }
}
