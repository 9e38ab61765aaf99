using MentorFlow.Durable.History;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Durable.Tests.Orchestrations;

public sealed class SubOrchestrationTests
{
    [Fact]
    public async Task A_parent_receives_the_output_of_its_sub_orchestrations()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<Parent>().AddOrchestrator<Child>());

        string instanceId = await host.StartAsync(nameof(Parent), 3, "parent");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("child 1, child 2, child 3", done.ReadOutputAs<string>());
        var child = await host.Client.GetInstanceAsync("parent:0", getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
        Assert.Equal("child 1", child.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_sub_orchestration_can_run_under_a_chosen_instance_id()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<NamedChildParent>().AddOrchestrator<Child>());

        string instanceId = await host.StartAsync(nameof(NamedChildParent));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal("child 7", done.ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.Client.GetInstanceAsync("the-child"))!.RuntimeStatus);
    }

    [Fact]
    public async Task A_failed_sub_orchestration_reaches_the_parent_as_TaskFailedException_with_its_failure()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<Parent>().AddOrchestrator<Child>());

        string instanceId = await host.StartAsync(nameof(Parent), -1, "failing-parent");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(TaskFailedException).FullName, done.FailureDetails!.ErrorType);
        Assert.True(done.FailureDetails.IsCausedBy<ArgumentOutOfRangeException>());
        var history = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
        Assert.Single(history.OfType<SubOrchestrationInstanceFailedEvent>());
    }

    [Fact]
    public async Task A_failed_sub_orchestration_is_retried_under_its_retry_policy()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(
            b => b.AddOrchestrator<RetriesChild>().AddOrchestrator<FailsOnce>(),
            services: s => s.AddSingleton<Counters>());

        string instanceId = await host.StartAsync(nameof(RetriesChild));
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Any());
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal("second attempt", done.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
        Assert.Equal(2, history.OfType<SubOrchestrationInstanceCreatedEvent>().Count());
    }

    private sealed class RetriesChild : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input)
            => context.CallSubOrchestratorAsync<string>(
                nameof(FailsOnce), null, new SubOrchestrationOptions("retried-child", new RetryPolicy(3, TimeSpan.FromSeconds(30))));
    }

    private sealed class FailsOnce(Counters counters) : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input)
            => !context.IsReplaying && counters.Increment("child runs") == 1
                ? throw new InvalidOperationException("first attempt fails")
                : Task.FromResult("second attempt");
    }

    private sealed class Parent : TaskOrchestrator<int, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
        {
            List<string> outputs = [];
            for (int n = 1; n <= Math.Max(input, 1); n++)
            {
                outputs.Add(await context.CallSubOrchestratorAsync<string>(nameof(Child), input < 0 ? input : n));
            }

            return string.Join(", ", outputs);
        }
    }

    private sealed class NamedChildParent : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input)
            => context.CallSubOrchestratorAsync<string>(nameof(Child), 7, new SubOrchestrationOptions("the-child"));
    }

    private sealed class Child : TaskOrchestrator<int, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, int input)
            => input < 0 ? throw new ArgumentOutOfRangeException(nameof(input), input, "no negative children") : Task.FromResult($"child {input}");
    }
}
