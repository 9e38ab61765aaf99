using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Tests.Mentoring;

/// <summary>Starts from an enrolment like a mentee journey, reports <see cref="Status"/> and waits: a journey caught in review, at risk.</summary>
[DurableTask(Name)]
public sealed class ReportsJourneyStatus : TaskOrchestrator<EnrolmentAccepted, string>
{
    public const string Name = "ReportsJourneyStatus";

    public static readonly JourneyStatus Status = new(
        "review", "check-ins for cycle 2", null, MentorshipId: "m-1", MentorId: "p-mentor", Cycle: 2, AtRisk: true, RiskReasons: ["missed check-ins"]);

    public override async Task<string> RunAsync(TaskOrchestrationContext context, EnrolmentAccepted input)
    {
        context.SetCustomStatus(Status);
        return await context.WaitForExternalEvent<string>("stop");
    }
}
