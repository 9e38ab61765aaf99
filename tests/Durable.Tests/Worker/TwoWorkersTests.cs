using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage.InMemory;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Durable.Tests.Worker;

public sealed class TwoWorkersTests
{
    [Fact]
    public async Task Two_workers_on_one_store_complete_every_orchestration_with_each_activity_result_committed_once()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryOrchestrationStore(clock);
        var counters = new Counters();
        var gate = new BothWorkersGate();
        await using DurableTestHost first = await StartWorkerAsync(store, clock, counters, gate, "first");
        await using DurableTestHost second = await StartWorkerAsync(store, clock, counters, gate, "second");
        const int orchestrations = 50;

        string[] instanceIds = await Task.WhenAll(Enumerable.Range(0, orchestrations)
            .Select(i => (i % 2 == 0 ? first : second).StartAsync(nameof(Sequence), i, $"shared-{i}")));
        var results = await Task.WhenAll(instanceIds.Select(first.WaitForCompletionAsync));

        Assert.All(results, r => Assert.Equal(OrchestrationRuntimeStatus.Completed, r.RuntimeStatus));
        Assert.All(results, r => Assert.Equal(int.Parse(r.InstanceId["shared-".Length..], System.Globalization.CultureInfo.InvariantCulture) + 5, r.ReadOutputAs<int>()));
        foreach (string instanceId in instanceIds)
        {
            var history = (await first.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
            Assert.Equal([0, 1, 2, 3, 4], history.OfType<TaskCompletedEvent>().Select(e => e.TaskScheduledId));
        }

        IReadOnlyDictionary<string, int> runs = counters.Snapshot();
        Assert.Equal(orchestrations * 5, runs.Keys.Count(k => k.StartsWith("task:", StringComparison.Ordinal)));
        Assert.All(runs.Where(r => r.Key.StartsWith("task:", StringComparison.Ordinal)), r => Assert.Equal(1, r.Value));
        Assert.True(runs.GetValueOrDefault("worker:first") > 0 && runs.GetValueOrDefault("worker:second") > 0, "both workers ran activities");
    }

    private static Task<DurableTestHost> StartWorkerAsync(
        InMemoryOrchestrationStore store, ManualTimeProvider clock, Counters counters, BothWorkersGate gate, string name)
        => DurableTestHost.StartAsync(
            b => b.AddOrchestrator<Sequence>().AddActivity<AddOne>(),
            store,
            clock,
            s => s.AddSingleton(counters).AddSingleton(new WorkerName(name)).AddSingleton(gate));

    private sealed record WorkerName(string Value);

    // Activities wait until each worker has started one, so the test shows the two sharing the work instead of
    // depending on which worker happens to poll first. A worker that never gets work fails the wait.
    private sealed class BothWorkersGate
    {
        private readonly TaskCompletionSource _both = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly HashSet<string> _seen = [];

        public Task ArriveAsync(string worker)
        {
            lock (_seen)
            {
                if (_seen.Add(worker) && _seen.Count == 2)
                {
                    _both.TrySetResult();
                }
            }

            return _both.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private sealed class Sequence : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            int value = input;
            for (int i = 0; i < 5; i++)
            {
                value = await context.CallActivityAsync<int>(nameof(AddOne), value);
            }

            return value;
        }
    }

    private sealed class AddOne(Counters counters, WorkerName worker, BothWorkersGate gate) : TaskActivity<int, int>
    {
        public override async Task<int> RunAsync(TaskActivityContext context, int input)
        {
            counters.Increment("task:" + context.TaskId);
            counters.Increment("worker:" + worker.Value);
            await gate.ArriveAsync(worker.Value);
            return input + 1;
        }
    }
}
