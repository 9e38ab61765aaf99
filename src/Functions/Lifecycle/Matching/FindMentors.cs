using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>
/// Reads the mentee, the programme's mentors, its reporting line and the pool as it stands, and applies the domain's
/// rematch rule (<see cref="Rematching.Next"/>): the best feasible mentors with room, excluding those who failed this
/// mentee, or wait, or escalate once the programme's rematch attempts are used up. Reads only; holding is a separate
/// step. Only this mentee's enrolment is validated and compiled, and of the other mentees only those who are managers in
/// the reporting line are read: the cost of a match does not grow with the number of mentees.
/// </summary>
public sealed class FindMentors(JourneyDirectory directory, ICapacityStore capacity, TimeProvider clock) : TaskActivity<FindMentorsRequest, MentorOutlook>
{
    public override async Task<MentorOutlook> RunAsync(TaskActivityContext context, FindMentorsRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancel = context.CancellationToken;
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, cancel).ConfigureAwait(false);
        var enrolment = await directory.MenteeAsync(programme, input.Journey.MenteeId, cancel).ConfigureAwait(false);
        var mentors = await directory.ListAsync<MentorEnrolment>(programme, EnrolmentRole.Mentor, cancel).ConfigureAwait(false);
        var line = await directory.ReportingLineAsync(programme, enrolment, mentors, cancel).ConfigureAwait(false);
        var ledger = (await capacity.ReadAsync(programme.Id, cancel).ConfigureAwait(false)).ToLedger();

        // The mentee's own place (an earlier proposal not yet released) must not count against the mentors.
        var mentee = enrolment.Id;
        if (ledger.HoldingOf(mentee) is { State: HoldingState.Proposed })
        {
            ledger.EndProposal(mentee);
        }

        // This mentee against every mentor: the other mentees matter only through the reporting line.
        var index = MatchingIndex.ForMentee(programme, enrolment, mentors, line, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var failed = input.FailedMentors.Select(m => new ParticipantId(m)).ToHashSet();
        var outlook = Rematching.Next(index, ledger, mentee, failed);
        var names = mentors.ToDictionary(m => m.Id, m => m.Profile.Name);
        return new MentorOutlook(
            outlook.Step,
            [.. outlook.Suggestions.Select(s => new MentorOption(s.Mentor.Value, names[s.Mentor], s.Score, s.Reasons))],
            outlook.Reason);
    }
}
