using MentorFlow.Durable.History;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Orchestrations;

public sealed class ExternalEventTests
{
    [Fact]
    public async Task An_orchestrator_waiting_for_an_event_receives_its_payload()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<AwaitsDecision>());

        string instanceId = await host.StartAsync(nameof(AwaitsDecision));
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<OrchestratorCompletedEvent>().Any());
        await host.Client.RaiseEventAsync(instanceId, "Decision", new Decision(true, "looks good"));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(new Decision(true, "looks good"), done.ReadOutputAs<Decision>());
    }

    [Fact]
    public async Task An_event_raised_before_anyone_waits_is_kept_until_the_orchestrator_waits_for_it()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<AwaitsDecision>());

        string instanceId = await host.StartAsync(nameof(AwaitsDecision), instanceId: "early-event");
        await host.Client.RaiseEventAsync(instanceId, "decision", new Decision(false, "no"));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(new Decision(false, "no"), done.ReadOutputAs<Decision>());
    }

    [Fact]
    public async Task An_event_that_arrives_within_the_timeout_is_returned()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<AwaitsDecisionForADay>());

        string instanceId = await host.StartAsync(nameof(AwaitsDecisionForADay));
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Any());
        host.Clock.Advance(TimeSpan.FromHours(23));
        await host.Client.RaiseEventAsync(instanceId, "decision", new Decision(true, "in time"));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal("in time", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Waiting_past_the_timeout_ends_the_wait_as_cancelled()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<AwaitsDecisionForADay>());
        DateTime start = host.Clock.UtcNow;

        string instanceId = await host.StartAsync(nameof(AwaitsDecisionForADay));
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Any());
        host.Clock.Advance(TimeSpan.FromDays(1));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal($"timed out at {start.AddDays(1):O}", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Raising_an_event_to_an_unknown_instance_says_not_found()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<AwaitsDecision>());

        Assert.Equal(MentorFlow.Durable.Client.InstanceOperationResult.NotFound, await host.Client.RaiseEventAsync("nobody", "decision"));
    }

    private sealed record Decision(bool Approved, string Note);

    private sealed class AwaitsDecision : TaskOrchestrator<object?, Decision>
    {
        public override Task<Decision> RunAsync(TaskOrchestrationContext context, object? input)
            => context.WaitForExternalEvent<Decision>("decision");
    }

    private sealed class AwaitsDecisionForADay : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            try
            {
                Decision decision = await context.WaitForExternalEvent<Decision>("decision", TimeSpan.FromDays(1));
                return decision.Note;
            }
            catch (TaskCanceledException)
            {
                return $"timed out at {context.CurrentUtcDateTime:O}";
            }
        }
    }
}
