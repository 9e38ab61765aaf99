using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Intake;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Cohort;

/// <summary>
/// The cohort run's computation: the programme's waiting journeys (waitlisted, or matching with nothing proposed yet),
/// the mentors and what the pool has left, then <see cref="CohortMatching.Match"/>, the exact optimal assignment under
/// the mentors' remaining capacities. Reads only: the journeys hold their places when the proposals reach them.
/// </summary>
public sealed class MatchCohort(JourneyDirectory directory, ICapacityStore capacity, WaitingJourneys journeys, TimeProvider clock) : TaskActivity<CohortRunInput, CohortRunSummary>
{
    public override async Task<CohortRunSummary> RunAsync(TaskActivityContext context, CohortRunInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancel = context.CancellationToken;
        var programme = await directory.ProgrammeAsync(input.ProgrammeId, cancel).ConfigureAwait(false);
        var waitingJourneys = await journeys.FindAsync(programme.Id, [JourneyStages.Waitlisted, JourneyStages.Matching], cancel).ConfigureAwait(false);
        var prefix = JourneyIds.MenteeJourneyPrefix(programme.Id);
        var journeyOf = waitingJourneys.ToDictionary(id => id[prefix.Length..], id => id);
        var mentees = (await directory.ListAsync<MenteeEnrolment>(programme, EnrolmentRole.Mentee, cancel).ConfigureAwait(false))
            .Where(m => journeyOf.ContainsKey(m.Id.Value))
            .ToArray();
        var mentors = await directory.ListAsync<MentorEnrolment>(programme, EnrolmentRole.Mentor, cancel).ConfigureAwait(false);
        var ledger = (await capacity.ReadAsync(programme.Id, cancel).ConfigureAwait(false)).ToLedger();
        var index = MatchingIndex.Build(programme, mentees, mentors, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var result = CohortMatching.Match(index, ledger, cancel);
        return new CohortRunSummary(
            input.RunId,
            [.. result.Matches.Select(m => new CohortAssignment(journeyOf[m.Mentee.Value], m.Mentee.Value, m.Mentor.Value, m.Score, m.Reasons))],
            [.. result.Unmatched.Select(u => new CohortUnassigned(journeyOf[u.Mentee.Value], u.Mentee.Value, u.Reason))],
            result.TotalScore);
    }
}
