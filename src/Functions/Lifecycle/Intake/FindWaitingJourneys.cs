using MentorFlow.Domain.Programmes;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>
/// The programme's journeys waiting in the given stages (see <see cref="WaitingJourneys"/>). The orchestration that
/// asks raises its event to each, so the events leave with its own step; reading is all this does.
/// </summary>
public sealed class FindWaitingJourneys(WaitingJourneys journeys) : TaskActivity<WaitingJourneysQuery, IReadOnlyList<string>>
{
    public override Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, WaitingJourneysQuery input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return journeys.FindAsync(ProgrammeId.Parse(input.ProgrammeId, "programmeId").Value, input.Stages, context.CancellationToken);
    }
}
