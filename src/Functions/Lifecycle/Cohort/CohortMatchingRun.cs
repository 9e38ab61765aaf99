using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Cohort;

/// <summary>
/// A cohort matching run for one programme: the optimal assignment of every waiting mentee (in an activity), then a
/// <c>cohort-proposal</c> to each assigned journey, which holds that mentor's place and asks them. The output says who
/// was assigned and who was not, with the reasons.
/// </summary>
[DurableTask(OrchestrationNames.CohortRun)]
public sealed class CohortMatchingRun : TaskOrchestrator<CohortRunInput, CohortRunSummary>
{
    public override async Task<CohortRunSummary> RunAsync(TaskOrchestrationContext context, CohortRunInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var summary = await context.CallActivityAsync<CohortRunSummary>(
            nameof(MatchCohort), input, TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(5), 2)));
        foreach (var assignment in summary.Assigned)
        {
            context.SendEvent(assignment.JourneyId, JourneyEvents.CohortProposal, new CohortProposal(input.RunId, assignment.MentorId, assignment.Score, assignment.Reasons));
        }

        return summary;
    }
}
