using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>
/// A mentor's intake: validate and store the enrolment, confirm it (with the pause link), join the pool with the
/// mentor's capacity, then tell the programme's waitlisted journeys that capacity appeared.
/// </summary>
[DurableTask(OrchestrationNames.MentorIntake)]
public sealed class MentorIntake : TaskOrchestrator<EnrolmentAccepted, IntakeOutcome>
{
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(5)));

    public override async Task<IntakeOutcome> RunAsync(TaskOrchestrationContext context, EnrolmentAccepted input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var mentor = new MentorRef(context.InstanceId, input.ProgrammeId, input.ParticipantId);
        var admission = await context.CallActivityAsync<Admission>(nameof(AdmitParticipant), input, Retry);
        if (!admission.Admitted)
        {
            return new IntakeOutcome(false, 0, 0, admission.Problem);
        }

        await context.CallActivityAsync<bool>(nameof(SendMentorWelcome), mentor, Retry);
        var capacity = await context.CallActivityAsync<int>(nameof(JoinPool), mentor, Retry);
        var waiting = await context.CallActivityAsync<IReadOnlyList<string>>(
            nameof(FindWaitingJourneys), new WaitingJourneysQuery(input.ProgrammeId, [JourneyStages.Waitlisted]), Retry);
        foreach (var journeyId in waiting)
        {
            context.SendEvent(journeyId, JourneyEvents.CapacityAvailable, null);
        }

        return new IntakeOutcome(true, capacity, waiting.Count, null);
    }
}
