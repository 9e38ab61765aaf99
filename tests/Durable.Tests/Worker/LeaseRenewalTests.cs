using MentorFlow.Durable.Storage.InMemory;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Durable.Tests.Worker;

public sealed class LeaseRenewalTests
{
    [Fact]
    public async Task A_long_running_activity_keeps_its_lease_so_another_worker_never_runs_it_meanwhile()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryOrchestrationStore(clock);
        var gate = new SlowGate();
        await using DurableTestHost first = await StartWorkerAsync(store, clock, gate);
        string instanceId = await first.StartAsync(nameof(CallsSlow));
        using var patience = new CancellationTokenSource(DurableTestHost.Patience);
        await gate.Started.WaitAsync(patience.Token);
        await using DurableTestHost second = await StartWorkerAsync(store, clock, gate);

        // The store's clock passes well beyond one lease (1 s) while the activity runs; the worker renews the lease
        // every half lease of real time, so it never expires.
        for (int i = 0; i < 4; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(300));
            await Task.Delay(TimeSpan.FromMilliseconds(600), patience.Token);
        }

        gate.Release.Release();
        var done = await first.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(1, gate.Runs);
    }

    private static Task<DurableTestHost> StartWorkerAsync(InMemoryOrchestrationStore store, ManualTimeProvider clock, SlowGate gate)
        => DurableTestHost.StartAsync(
            b => b.AddOrchestrator<CallsSlow>().AddActivity<Slow>().Configure(o => o.LockDuration = TimeSpan.FromSeconds(1)),
            store,
            clock,
            s => s.AddSingleton(gate));

    public sealed class SlowGate
    {
        private int _runs;

        public SemaphoreSlim Started { get; } = new(0);

        public SemaphoreSlim Release { get; } = new(0);

        public int Runs => Volatile.Read(ref _runs);

        public void CountRun() => Interlocked.Increment(ref _runs);
    }

    private sealed class CallsSlow : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => context.CallActivityAsync<string>(nameof(Slow));
    }

    private sealed class Slow(SlowGate gate) : TaskActivity<object?, string>
    {
        public override async Task<string> RunAsync(TaskActivityContext context, object? input)
        {
            gate.CountRun();
            gate.Started.Release();
            await gate.Release.WaitAsync(context.CancellationToken);
            return "finally";
        }
    }
}
