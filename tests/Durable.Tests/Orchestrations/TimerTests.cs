using MentorFlow.Durable.History;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Orchestrations;

public sealed class TimerTests
{
    [Fact]
    public async Task A_timer_six_months_ahead_fires_when_the_clock_reaches_it_and_not_before()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<SleepsSixMonths>());
        DateTime start = host.Clock.UtcNow;

        string instanceId = await host.StartAsync(nameof(SleepsSixMonths));
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Any());
        host.Clock.Advance(start.AddMonths(6) - start - TimeSpan.FromMinutes(1));
        await DurableTestHost.WaitForPollsAsync();
        var stillWaiting = await host.Client.GetInstanceAsync(instanceId);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Running, stillWaiting!.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(start.AddMonths(6), done.ReadOutputAs<DateTime>());
    }

    [Fact]
    public async Task A_waiting_timer_holds_nothing_but_a_stored_message_with_its_fire_time()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<SleepsSixMonths>());
        DateTime start = host.Clock.UtcNow;

        string instanceId = await host.StartAsync(nameof(SleepsSixMonths));
        var history = await host.WaitForHistoryAsync(instanceId, h => h.OfType<OrchestratorCompletedEvent>().Any());

        TimerCreatedEvent timer = Assert.Single(history.OfType<TimerCreatedEvent>());
        Assert.Equal(start.AddMonths(6), timer.FireAt);
        Assert.Empty(await host.Store.LockNextOrchestrationsAsync("probe", 10, TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    private sealed class SleepsSixMonths : TaskOrchestrator<object?, DateTime>
    {
        public override async Task<DateTime> RunAsync(TaskOrchestrationContext context, object? input)
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddMonths(6), CancellationToken.None);
            return context.CurrentUtcDateTime;
        }
    }
}
