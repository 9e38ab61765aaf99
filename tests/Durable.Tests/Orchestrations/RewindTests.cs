using MentorFlow.Durable.Client;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Durable.Tests.Orchestrations;

public sealed class RewindTests
{
    [Fact]
    public async Task Rewinding_a_failed_instance_runs_the_failed_activity_again_and_not_the_ones_that_succeeded()
    {
        await using DurableTestHost host = await StartHostAsync();
        string instanceId = await host.StartAsync(nameof(Pipeline), "order-1");
        var failed = await host.WaitForCompletionAsync(instanceId);
        host.Services.GetRequiredService<FaultSwitch>().IsBroken = false;

        var result = await host.Client.RewindInstanceAsync(instanceId, "the dependency is back");
        var done = await WaitForRewoundRunAsync(host, instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        Assert.Equal(InstanceOperationResult.Accepted, result);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("prepared order-1, sent order-1, recorded order-1", done.ReadOutputAs<string>());
        var counters = host.Services.GetRequiredService<Counters>();
        Assert.Equal(1, counters.Get(nameof(Prepare)));
        Assert.Equal(2, counters.Get(nameof(SendUnreliably)));
        Assert.Equal(1, counters.Get(nameof(Record)));
        var history = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
        Assert.DoesNotContain(history, e => e is TaskFailedEvent);
        Assert.Contains(history, e => e is ExecutionRewoundEvent { Reason: "the dependency is back" });
    }

    [Fact]
    public async Task Rewinding_a_parent_rewinds_its_failed_sub_orchestration_too()
    {
        await using DurableTestHost host = await StartHostAsync();
        string instanceId = await host.StartAsync(nameof(DelegatesToChild), "order-2", "parent-of-pipeline");
        await host.WaitForCompletionAsync(instanceId);
        host.Services.GetRequiredService<FaultSwitch>().IsBroken = false;

        await host.Client.RewindInstanceAsync(instanceId);
        var done = await WaitForRewoundRunAsync(host, instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("child said: prepared order-2, sent order-2, recorded order-2", done.ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.Client.GetInstanceAsync("parent-of-pipeline:0"))!.RuntimeStatus);
        Assert.Equal(1, host.Services.GetRequiredService<Counters>().Get(nameof(Prepare)));
    }

    [Fact]
    public async Task A_sub_orchestration_that_finished_after_its_parent_failed_hands_its_result_to_the_rewound_parent()
    {
        await using DurableTestHost host = await StartHostAsync();
        string instanceId = await host.StartAsync(nameof(FailsBesideRunningChild), "order-3", "parent-of-waiting");
        await host.WaitForCompletionAsync(instanceId);
        await host.Client.RaiseEventAsync("parent-of-waiting:0", "go", "the child's answer");
        var child = await host.WaitForCompletionAsync("parent-of-waiting:0");
        host.Services.GetRequiredService<FaultSwitch>().IsBroken = false;

        await host.Client.RewindInstanceAsync(instanceId);
        var done = await WaitForRewoundRunAsync(host, instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, child.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("sent order-3, then the child's answer", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_sub_orchestration_still_running_when_its_parent_is_rewound_completes_the_parent_later()
    {
        await using DurableTestHost host = await StartHostAsync();
        string instanceId = await host.StartAsync(nameof(FailsBesideRunningChild), "order-4", "parent-of-running");
        await host.WaitForCompletionAsync(instanceId);
        host.Services.GetRequiredService<FaultSwitch>().IsBroken = false;

        await host.Client.RewindInstanceAsync(instanceId);
        await host.WaitForAsync(instanceId, m => m.History!.Any(e => e is TaskCompletedEvent));
        await host.Client.RaiseEventAsync("parent-of-running:0", "go", "a late answer");
        var done = await WaitForRewoundRunAsync(host, instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("sent order-4, then a late answer", done.ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.Client.GetInstanceAsync("parent-of-running:0"))!.RuntimeStatus);
    }

    [Fact]
    public async Task Only_a_failed_instance_can_be_rewound()
    {
        await using DurableTestHost host = await StartHostAsync();
        host.Services.GetRequiredService<FaultSwitch>().IsBroken = false;
        string instanceId = await host.StartAsync(nameof(Pipeline), "fine");
        await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(InstanceOperationResult.NotApplicable, await host.Client.RewindInstanceAsync(instanceId));
        Assert.Equal(InstanceOperationResult.NotFound, await host.Client.RewindInstanceAsync("unknown"));
    }

    /// <summary>The instance is Failed until the rewind is processed, so wait for the run that follows the rewind to end.</summary>
    private static Task<OrchestrationMetadata> WaitForRewoundRunAsync(DurableTestHost host, string instanceId)
        => host.WaitForAsync(instanceId, m => !m.IsRunning && m.History!.Any(e => e is ExecutionRewoundEvent));

    private static Task<DurableTestHost> StartHostAsync() => DurableTestHost.StartAsync(
        b => b.AddOrchestrator<Pipeline>().AddOrchestrator<DelegatesToChild>().AddOrchestrator<FailsBesideRunningChild>().AddOrchestrator<WaitsForGo>().AddActivity<Prepare>().AddActivity<SendUnreliably>().AddActivity<Record>(),
        services: s => s.AddSingleton<Counters>().AddSingleton<FaultSwitch>());

    private sealed class Pipeline : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            string prepared = await context.CallActivityAsync<string>(nameof(Prepare), input);
            string sent = await context.CallActivityAsync<string>(nameof(SendUnreliably), input);
            string recorded = await context.CallActivityAsync<string>(nameof(Record), input);
            return $"{prepared}, {sent}, {recorded}";
        }
    }

    private sealed class DelegatesToChild : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
            => "child said: " + await context.CallSubOrchestratorAsync<string>(nameof(Pipeline), input);
    }

    /// <summary>Starts a child that waits, then fails on an activity while the child is still running.</summary>
    private sealed class FailsBesideRunningChild : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            Task<string> child = context.CallSubOrchestratorAsync<string>(nameof(WaitsForGo));
            string sent = await context.CallActivityAsync<string>(nameof(SendUnreliably), input);
            return $"{sent}, then {await child}";
        }
    }

    private sealed class WaitsForGo : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => context.WaitForExternalEvent<string>("go");
    }

    private sealed class Prepare(Counters counters) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input)
        {
            counters.Increment(nameof(Prepare));
            return Task.FromResult($"prepared {input}");
        }
    }

    private sealed class SendUnreliably(Counters counters, FaultSwitch fault) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input)
        {
            counters.Increment(nameof(SendUnreliably));
            return fault.IsBroken ? throw new HttpRequestException("the mail service is down") : Task.FromResult($"sent {input}");
        }
    }

    private sealed class Record(Counters counters) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input)
        {
            counters.Increment(nameof(Record));
            return Task.FromResult($"recorded {input}");
        }
    }
}
