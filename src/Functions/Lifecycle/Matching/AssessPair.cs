using MentorFlow.Domain.Matching;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>
/// Describes a mentor named from outside matching (by the administrator): the score and reasons when the pair is
/// feasible, otherwise score 0 and the constraints it breaks, so the emails say honestly what the match rests on.
/// </summary>
public sealed class AssessPair(JourneyDirectory directory, TimeProvider clock) : TaskActivity<PlaceRequest, MentorOption>
{
    public override async Task<MentorOption> RunAsync(TaskActivityContext context, PlaceRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId!, context.CancellationToken).ConfigureAwait(false);
        // The reporting line as far as the enrolments reveal it: a chain of managers may run through other people.
        var line = await directory.ReportingLineAsync(programme, mentee, [mentor], context.CancellationToken).ConfigureAwait(false);
        var index = MatchingIndex.ForMentee(programme, mentee, [mentor], line, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var assessment = index.Assess(mentee.Id, mentor.Id);
        return assessment.Match is { } match
            ? new MentorOption(mentor.Id.Value, mentor.Profile.Name, match.Score, match.Reasons)
            : new MentorOption(mentor.Id.Value, mentor.Profile.Name, 0, ["chosen by the programme administrator", .. assessment.Refusals.Select(r => r.Reason)]);
    }
}
