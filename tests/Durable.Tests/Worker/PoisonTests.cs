using MentorFlow.Durable.Client;
using MentorFlow.Durable.Storage.InMemory;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Durable.Tests.Worker;

public sealed class PoisonTests
{
    [Fact]
    public async Task An_orchestration_taken_more_often_than_the_bound_without_completing_ends_failed_as_poisoned()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryOrchestrationStore(clock);
        var client = new StoreDurableTaskClient(store, clock, TimeSpan.FromMilliseconds(5));
        string instanceId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(Completes));

        // Five workers take the step and die before committing; each lease then expires.
        for (int crash = 1; crash <= 5; crash++)
        {
            Assert.Single(await store.LockNextOrchestrationsAsync($"crashing-{crash}", 1, TimeSpan.FromMinutes(1), CancellationToken.None));
            clock.Advance(TimeSpan.FromMinutes(2));
        }

        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<Completes>(), store, clock);
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(PoisonedWorkItemException).FullName, done.FailureDetails!.ErrorType);
        Assert.Contains("taken 6 times without completing", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_whose_worker_keeps_dying_is_failed_as_poisoned_and_the_failure_reaches_the_orchestrator()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryOrchestrationStore(clock);
        var gate = new ActivityGate();
        string instanceId = "";

        // Each host takes the activity and is shut down while it runs: the activity never completes.
        for (int crash = 1; crash <= 5; crash++)
        {
            await using DurableTestHost dying = await StartHostAsync(store, clock, gate);
            if (crash == 1)
            {
                instanceId = await dying.StartAsync(nameof(CallsHanging));
            }

            using var patience = new CancellationTokenSource(DurableTestHost.Patience);
            await gate.Started.WaitAsync(patience.Token);
        }

        await using DurableTestHost host = await StartHostAsync(store, clock, gate);
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.True(done.FailureDetails!.IsCausedBy<PoisonedWorkItemException>());
        Assert.Contains("was taken 6 times without completing", done.FailureDetails.InnerFailure!.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(0, gate.Started.CurrentCount);
    }

    [Fact]
    public async Task An_orchestrator_that_cannot_even_be_created_is_retried_with_backoff_then_failed_as_poisoned()
    {
        var counters = new Counters();
        await using DurableTestHost host = await DurableTestHost.StartAsync(
            b => b.AddOrchestrator<CannotBeCreated>(), services: s => s.AddSingleton(counters));

        string instanceId = await host.StartAsync(nameof(CannotBeCreated));
        await WaitForAsync(() => Task.FromResult(counters.Get("constructions") == 1), nudge: null);
        for (int attempt = 2; attempt <= 5; attempt++)
        {
            // Each failed step is abandoned for a while (1 s, 2 s, 4 s...) from the clock's time when it is abandoned,
            // which may come after a move: keep moving the clock past it until the next try.
            await WaitForAsync(() => Task.FromResult(counters.Get("constructions") == attempt), () => host.Clock.Advance(TimeSpan.FromMinutes(2)));
        }

        await WaitForAsync(
            async () => (await host.Client.GetInstanceAsync(instanceId))!.RuntimeStatus == OrchestrationRuntimeStatus.Failed,
            () => host.Clock.Advance(TimeSpan.FromMinutes(2)));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(PoisonedWorkItemException).FullName, done.FailureDetails!.ErrorType);
        Assert.Equal(5, counters.Get("constructions"));
    }

    /// <summary>Waits for <paramref name="condition"/>, calling <paramref name="nudge"/> (a clock move) every 50 ms meanwhile.</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition, Action? nudge)
    {
        using var patience = new CancellationTokenSource(DurableTestHost.Patience);
        for (var polls = 1; !await condition(); polls++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(2), patience.Token);
            if (polls % 25 == 0)
            {
                nudge?.Invoke();
            }
        }
    }

    private static Task<DurableTestHost> StartHostAsync(InMemoryOrchestrationStore store, ManualTimeProvider clock, ActivityGate gate)
        => DurableTestHost.StartAsync(
            b => b.AddOrchestrator<CallsHanging>().AddActivity<Hangs>(),
            store,
            clock,
            s => s.AddSingleton(gate));

    public sealed class ActivityGate
    {
        public SemaphoreSlim Started { get; } = new(0);
    }

    private sealed class CannotBeCreated : TaskOrchestrator<object?, string>
    {
        public CannotBeCreated(Counters counters)
        {
            counters.Increment("constructions");
            throw new InvalidOperationException("a dependency is misconfigured");
        }

        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => Task.FromResult("unreachable");
    }

    private sealed class Completes : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => Task.FromResult("done");
    }

    private sealed class CallsHanging : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => context.CallActivityAsync<string>(nameof(Hangs));
    }

    private sealed class Hangs(ActivityGate gate) : TaskActivity<object?, string>
    {
        public override async Task<string> RunAsync(TaskActivityContext context, object? input)
        {
            gate.Started.Release();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }
    }
}
