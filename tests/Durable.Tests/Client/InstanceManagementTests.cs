using MentorFlow.Durable.Client;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Durable.Tests.Client;

public sealed class InstanceManagementTests
{
    [Fact]
    public async Task Terminating_a_running_instance_ends_it_terminated_with_the_reason()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);

        string instanceId = await host.StartAsync(nameof(WaitsForGo));
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Running);
        var result = await host.Client.TerminateInstanceAsync(instanceId, "no longer needed");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(InstanceOperationResult.Accepted, result);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("no longer needed", done.ReadOutputAs<string>());
        Assert.Equal("no longer needed", done.FailureDetails!.ErrorMessage);
        Assert.Equal(InstanceOperationResult.AlreadyFinished, await host.Client.TerminateInstanceAsync(instanceId));
        Assert.Equal(InstanceOperationResult.AlreadyFinished, await host.Client.RaiseEventAsync(instanceId, "go"));
    }

    [Fact]
    public async Task A_suspended_instance_keeps_events_raised_meanwhile_and_processes_them_after_resume()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);

        string instanceId = await host.StartAsync(nameof(WaitsForGo));
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Running);
        Assert.Equal(InstanceOperationResult.Accepted, await host.Client.SuspendInstanceAsync(instanceId, "investigating"));
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Suspended);
        Assert.Equal(InstanceOperationResult.Accepted, await host.Client.RaiseEventAsync(instanceId, "go", "while suspended"));
        await DurableTestHost.WaitForPollsAsync();
        var whileSuspended = await host.Client.GetInstanceAsync(instanceId, getHistory: true);
        Assert.Equal(InstanceOperationResult.Accepted, await host.Client.ResumeInstanceAsync(instanceId, "done investigating"));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Suspended, whileSuspended!.RuntimeStatus);
        Assert.DoesNotContain(whileSuspended.History!, e => e is EventRaisedEvent);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("while suspended", done.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
        Assert.Contains(history, e => e is ExecutionSuspendedEvent { Reason: "investigating" });
        Assert.Contains(history, e => e is ExecutionResumedEvent { Reason: "done investigating" });
    }

    [Fact]
    public async Task A_suspended_instance_can_be_terminated()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);

        string instanceId = await host.StartAsync(nameof(WaitsForGo));
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Running);
        await host.Client.SuspendInstanceAsync(instanceId);
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Suspended);
        await host.Client.TerminateInstanceAsync(instanceId, "stop");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
    }

    [Fact]
    public async Task Starting_an_id_that_is_running_is_refused_unless_replacement_is_asked_for()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);

        await host.StartAsync(nameof(WaitsForGo), instanceId: "business-key");
        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => host.StartAsync(nameof(WaitsForGo), instanceId: "business-key"));
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Greets), "replaced", new StartOrchestrationOptions("business-key", ReplaceExisting: true));
        var done = await host.WaitForCompletionAsync("business-key");

        Assert.Equal("hello replaced", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_start_that_dedupes_on_every_status_never_replaces_even_a_finished_instance()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);
        OrchestrationRuntimeStatus[] everyStatus = Enum.GetValues<OrchestrationRuntimeStatus>();
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Greets), "first", new StartOrchestrationOptions("once-ever", DedupeStatuses: everyStatus));
        var first = await host.WaitForCompletionAsync("once-ever");

        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(Greets), "second", new StartOrchestrationOptions("once-ever", DedupeStatuses: everyStatus)));
        var after = await host.Client.GetInstanceAsync("once-ever", getInputsAndOutputs: true, getHistory: true);

        Assert.Equal("hello first", after!.ReadOutputAs<string>());
        Assert.Equal(first.CreatedAt, after.CreatedAt);
        Assert.Single(after.History!.OfType<ExecutionStartedEvent>());
    }

    [Fact]
    public async Task A_start_delivered_again_after_the_instance_finished_does_not_run_it_again()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register, services: s => s.AddSingleton<Counters>());
        string instanceId = await host.StartAsync(nameof(Greets), "once", "delivered-twice");
        await host.WaitForCompletionAsync(instanceId);
        var started = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!.OfType<ExecutionStartedEvent>().Single();

        await host.Store.SendMessagesAsync(
            [new TaskMessage($"{instanceId}:{started.ExecutionId}:start", instanceId, started.ExecutionId, started)], CancellationToken.None);
        await DurableTestHost.WaitForPollsAsync();
        var after = await host.Client.GetInstanceAsync(instanceId, getHistory: true);

        Assert.Equal(1, RunsOf(host));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, after!.RuntimeStatus);
        Assert.Single(after.History!.OfType<ExecutionStartedEvent>());
    }

    [Fact]
    public async Task Restarting_in_place_runs_the_instance_again_from_its_input()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register, services: s => s.AddSingleton<Counters>());
        string instanceId = await host.StartAsync(nameof(Greets), "again", "restart-me");
        await host.WaitForCompletionAsync(instanceId);

        var (result, restartedId) = await host.Client.RestartAsync(instanceId);
        await host.WaitForAsync(instanceId, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Completed && RunsOf(host) == 2, getHistory: false);
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(InstanceOperationResult.Accepted, result);
        Assert.Equal(instanceId, restartedId);
        Assert.Equal("hello again", done.ReadOutputAs<string>());
        Assert.Equal(2, RunsOf(host));
    }

    [Fact]
    public async Task Restarting_with_a_new_id_leaves_the_old_instance_and_runs_a_new_one_with_the_same_input()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register, services: s => s.AddSingleton<Counters>());
        string instanceId = await host.StartAsync(nameof(Greets), "twice");
        await host.WaitForCompletionAsync(instanceId);

        var (result, newId) = await host.Client.RestartAsync(instanceId, restartWithNewInstanceId: true);
        var done = await host.WaitForCompletionAsync(newId!);

        Assert.Equal(InstanceOperationResult.Accepted, result);
        Assert.NotEqual(instanceId, newId);
        Assert.Equal("hello twice", done.ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.Client.GetInstanceAsync(instanceId))!.RuntimeStatus);
    }

    [Fact]
    public async Task Restarting_a_running_instance_in_place_is_not_applicable()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);
        string instanceId = await host.StartAsync(nameof(WaitsForGo));

        var (result, _) = await host.Client.RestartAsync(instanceId);

        Assert.Equal(InstanceOperationResult.NotApplicable, result);
        Assert.Equal((InstanceOperationResult.NotFound, (string?)null), await host.Client.RestartAsync("unknown"));
    }

    [Fact]
    public async Task Purging_an_instance_removes_it_and_purging_by_filter_removes_only_finished_ones()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);
        string finished1 = await host.StartAsync(nameof(Greets), "a");
        string finished2 = await host.StartAsync(nameof(Greets), "b");
        string running = await host.StartAsync(nameof(WaitsForGo));
        await host.WaitForCompletionAsync(finished1);
        await host.WaitForCompletionAsync(finished2);

        Assert.True(await host.Client.PurgeInstanceAsync(finished1));
        Assert.False(await host.Client.PurgeInstanceAsync(finished1));
        Assert.Null(await host.Client.GetInstanceAsync(finished1));
        Assert.Equal(1, await host.Client.PurgeInstancesAsync(new PurgeFilter()));
        Assert.Null(await host.Client.GetInstanceAsync(finished2));
        Assert.NotNull(await host.Client.GetInstanceAsync(running));
    }

    [Fact]
    public async Task Queries_filter_by_status_name_and_prefix_and_page_with_a_continuation_token()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);
        for (int i = 0; i < 5; i++)
        {
            await host.WaitForCompletionAsync(await host.StartAsync(nameof(Greets), "q", $"query-{i}"));
        }

        await host.StartAsync(nameof(WaitsForGo), instanceId: "query-waiting");
        await host.StartAsync(nameof(Greets), "other", "elsewhere");

        var first = await host.Client.GetInstancesAsync(new InstanceQuery(
            Statuses: [OrchestrationRuntimeStatus.Completed], InstanceIdPrefix: "query-", PageSize: 3, IncludeInputsAndOutputs: true));
        var second = await host.Client.GetInstancesAsync(new InstanceQuery(
            Statuses: [OrchestrationRuntimeStatus.Completed], InstanceIdPrefix: "query-", PageSize: 3, ContinuationToken: first.ContinuationToken));
        var byName = await host.Client.GetInstancesAsync(new InstanceQuery(Name: nameof(WaitsForGo)));

        Assert.Equal(3, first.Instances.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(2, second.Instances.Count);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(
            ["query-0", "query-1", "query-2", "query-3", "query-4"],
            first.Instances.Concat(second.Instances).Select(i => i.InstanceId).Order(StringComparer.Ordinal));
        Assert.Equal("\"q\"", first.Instances[0].SerializedInput);
        Assert.Null(second.Instances[0].SerializedInput);
        Assert.Equal("query-waiting", Assert.Single(byName.Instances).InstanceId);
    }

    [Fact]
    public async Task A_start_scheduled_for_later_stays_pending_until_its_time()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register);

        string instanceId = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(Greets), "later", new StartOrchestrationOptions(StartAt: host.Clock.UtcNow.AddHours(2)));
        await DurableTestHost.WaitForPollsAsync();
        var before = await host.Client.GetInstanceAsync(instanceId);
        host.Clock.Advance(TimeSpan.FromHours(2));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Pending, before!.RuntimeStatus);
        Assert.Equal("hello later", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_pending_instance_suspended_before_its_scheduled_start_waits_for_a_resume_to_run()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register, services: s => s.AddSingleton<Counters>());
        string instanceId = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(Greets), "held", new StartOrchestrationOptions(StartAt: host.Clock.UtcNow.AddHours(2)));

        var suspendResult = await host.Client.SuspendInstanceAsync(instanceId, "not yet");
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Suspended);
        host.Clock.Advance(TimeSpan.FromHours(3));
        await DurableTestHost.WaitForPollsAsync();
        var afterStartTime = await host.Client.GetInstanceAsync(instanceId);
        int runsWhileSuspended = RunsOf(host);
        await host.Client.ResumeInstanceAsync(instanceId, "go ahead");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(InstanceOperationResult.Accepted, suspendResult);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, afterStartTime!.RuntimeStatus);
        Assert.Equal(0, runsWhileSuspended);
        Assert.Equal("hello held", done.ReadOutputAs<string>());
        Assert.Equal(1, RunsOf(host));
    }

    [Fact]
    public async Task A_pending_instance_resumed_before_its_scheduled_start_starts_at_its_time()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(Register, services: s => s.AddSingleton<Counters>());
        string instanceId = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(Greets), "soon", new StartOrchestrationOptions(StartAt: host.Clock.UtcNow.AddHours(2)));

        await host.Client.SuspendInstanceAsync(instanceId);
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Suspended);
        await host.Client.ResumeInstanceAsync(instanceId);
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Pending);
        host.Clock.Advance(TimeSpan.FromHours(2));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal("hello soon", done.ReadOutputAs<string>());
    }

    private static int RunsOf(DurableTestHost host) => host.Services.GetRequiredService<Counters>().Get("greetings");

    private static void Register(DependencyInjection.DurableTaskBuilder builder)
        => builder.AddOrchestrator<WaitsForGo>().AddOrchestrator<Greets>().AddActivity<Greet>();

    private sealed class WaitsForGo : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => context.WaitForExternalEvent<string>("go");
    }

    private sealed class Greets : TaskOrchestrator<string, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, string input) => context.CallActivityAsync<string>(nameof(Greet), input);
    }

    private sealed class Greet(IServiceProvider services) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input)
        {
            services.GetService<Counters>()?.Increment("greetings");
            return Task.FromResult($"hello {input}");
        }
    }
}
