using MentorFlow.Durable.History;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Orchestrations;

public sealed class ContinueAsNewTests
{
    [Fact]
    public async Task An_eternal_orchestration_keeps_only_its_current_execution_history()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<CountsUp>().AddActivity<Increment>());

        string instanceId = await host.StartAsync(nameof(CountsUp), 0);
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(20, done.ReadOutputAs<int>());
        var history = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
        ExecutionStartedEvent started = Assert.Single(history.OfType<ExecutionStartedEvent>());
        Assert.Equal("19", started.Input);
        Assert.Single(history.OfType<TaskScheduledEvent>());
    }

    [Fact]
    public async Task Events_not_yet_waited_for_are_carried_into_the_next_execution()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<SumsEvents>());

        string instanceId = await host.StartAsync(nameof(SumsEvents), new Tally(0, 3), "tally");
        foreach (int value in new[] { 5, 7, 11 })
        {
            await host.Client.RaiseEventAsync(instanceId, "add", value);
        }

        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(23, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Events_are_dropped_when_the_orchestrator_asks_not_to_keep_them()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<ForgetsEvents>());

        // Both events reach the instance before it starts (its start is scheduled), so the first execution sees both.
        string instanceId = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ForgetsEvents), 0, new MentorFlow.Durable.Client.StartOrchestrationOptions("forgetful", host.Clock.UtcNow.AddMinutes(5)));
        await host.Client.RaiseEventAsync(instanceId, "add", 1);
        await host.Client.RaiseEventAsync(instanceId, "add", 2);
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<EventRaisedEvent>().Count() == 2);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.WaitForAsync(instanceId, m => m.SerializedInput == "1" && m.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        await host.Client.RaiseEventAsync(instanceId, "add", 40);
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(41, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task A_timer_of_an_earlier_execution_is_dropped_and_does_not_wake_the_next_one()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<TicksWithDeadline>());

        string instanceId = await host.StartAsync(nameof(TicksWithDeadline), 0, "ticking");
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Any());
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await host.Client.RaiseEventAsync(instanceId, "tick");
        await host.WaitForAsync(instanceId, m => m.SerializedInput == "1" && m.History!.OfType<TimerCreatedEvent>().Any());
        // The first execution's timer (sequence number 0, like the second's) becomes due now; the second's in 30 minutes.
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await DurableTestHost.WaitForPollsAsync();
        await host.Client.RaiseEventAsync(instanceId, "tick");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal("tick in execution 1", done.ReadOutputAs<string>());
    }

    private sealed class TicksWithDeadline : TaskOrchestrator<int, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
        {
            try
            {
                await context.WaitForExternalEvent<object?>("tick", TimeSpan.FromHours(1));
            }
            catch (TaskCanceledException)
            {
                return $"deadline in execution {input}";
            }

            if (input == 0)
            {
                context.ContinueAsNew(1);
                return "continued";
            }

            return $"tick in execution {input}";
        }
    }

    private sealed class CountsUp : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            int next = await context.CallActivityAsync<int>(nameof(Increment), input);
            if (next < 20)
            {
                context.ContinueAsNew(next);
            }

            return next;
        }
    }

    private sealed class Increment : TaskActivity<int, int>
    {
        public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
    }

    private sealed record Tally(int Sum, int Remaining);

    private sealed class SumsEvents : TaskOrchestrator<Tally, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, Tally input)
        {
            int value = await context.WaitForExternalEvent<int>("add");
            if (input.Remaining > 1)
            {
                context.ContinueAsNew(new Tally(input.Sum + value, input.Remaining - 1));
                return 0;
            }

            return input.Sum + value;
        }
    }

    /// <summary>Takes one event, then continues as new without the rest; the second execution takes the next event.</summary>
    private sealed class ForgetsEvents : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            int value = await context.WaitForExternalEvent<int>("add");
            if (input == 0)
            {
                context.ContinueAsNew(value, preserveUnprocessedEvents: false);
                return 0;
            }

            return input + value;
        }
    }
}
