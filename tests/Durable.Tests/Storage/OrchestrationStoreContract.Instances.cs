using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Creating, deduplicating, replacing and reading instances.</summary>
public abstract partial class OrchestrationStoreContract
{
    [Fact]
    public async Task CreateInstance_of_a_new_id_stores_it_pending_with_its_start_message()
    {
        var instance = Instance("inst-1", Clock.UtcNow);

        var outcome = await Store.CreateInstanceAsync(instance, Start(instance, Clock.UtcNow), ActiveStatuses, Ct);

        Assert.Equal(CreateInstanceOutcome.Created, outcome);
        var stored = await Store.GetInstanceAsync("inst-1", includeHistory: false, Ct);
        Assert.NotNull(stored);
        Assert.Equal(instance, stored.Value.Instance);
        Assert.Null(stored.Value.History);
        var workItem = await LockOneAsync("inst-1");
        var started = Assert.IsType<ExecutionStartedEvent>(Assert.Single(workItem.NewMessages).Event);
        Assert.Equal("exec-1", started.ExecutionId);
        Assert.Empty(workItem.History);
    }

    [Fact]
    public async Task CreateInstance_of_an_id_in_a_deduplicated_status_changes_nothing()
    {
        var first = Instance("inst-1", Clock.UtcNow, input: "\"first\"");
        await Store.CreateInstanceAsync(first, Start(first, Clock.UtcNow), ActiveStatuses, Ct);
        var second = Instance("inst-1", Clock.UtcNow, executionId: "exec-2", input: "\"second\"");

        var outcome = await Store.CreateInstanceAsync(second, Start(second, Clock.UtcNow), ActiveStatuses, Ct);

        Assert.Equal(CreateInstanceOutcome.AlreadyExists, outcome);
        Assert.Equal(first, await RecordOfAsync("inst-1"));
        var workItem = await LockOneAsync("inst-1");
        var started = Assert.IsType<ExecutionStartedEvent>(Assert.Single(workItem.NewMessages).Event);
        Assert.Equal("\"first\"", started.Input);
    }

    [Fact]
    public async Task CreateInstance_of_an_id_in_another_status_replaces_it_whole()
    {
        var running = await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1");
        await Store.CompleteOrchestrationAsync(
            workItem, Step(workItem, Clock.UtcNow) with { ActivityTasks = [Activity(running, 1)] }, Ct);
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);
        var replacement = Instance("inst-1", Clock.UtcNow, executionId: "exec-2", input: "\"again\"");

        var outcome = await Store.CreateInstanceAsync(
            replacement, Start(replacement, Clock.UtcNow), [OrchestrationRuntimeStatus.Pending], Ct);

        Assert.Equal(CreateInstanceOutcome.Replaced, outcome);
        Assert.Equal(replacement, await RecordOfAsync("inst-1"));
        Assert.Empty(await HistoryOfAsync("inst-1"));
        await AssertNoActivityWorkAsync();
        var newWorkItem = await LockOneAsync("inst-1");
        var started = Assert.IsType<ExecutionStartedEvent>(Assert.Single(newWorkItem.NewMessages).Event);
        Assert.Equal("exec-2", started.ExecutionId);
        Assert.Empty(newWorkItem.History);
    }

    [Fact]
    public async Task Replacing_an_instance_takes_the_lease_from_the_worker_running_it()
    {
        await CreatePendingAsync("inst-1");
        var oldWorkItem = await LockOneAsync("inst-1", "worker-a");
        var replacement = Instance("inst-1", Clock.UtcNow, executionId: "exec-2");

        await Store.CreateInstanceAsync(replacement, Start(replacement, Clock.UtcNow), [], Ct);

        await Assert.ThrowsAsync<LeaseLostException>(
            () => Store.CompleteOrchestrationAsync(oldWorkItem, Step(oldWorkItem, Clock.UtcNow), Ct));
        Assert.Equal(replacement, await RecordOfAsync("inst-1"));
        var newWorkItem = await LockOneAsync("inst-1", "worker-b");
        Assert.Equal("exec-2", newWorkItem.Instance.ExecutionId);
    }

    [Fact]
    public async Task GetInstance_of_an_unknown_id_returns_null()
    {
        await CreatePendingAsync("inst-1");

        Assert.Null(await Store.GetInstanceAsync("inst-2", includeHistory: true, Ct));
    }

    [Fact]
    public async Task GetInstance_with_history_returns_every_event_in_commit_order_with_its_payload()
    {
        await CreatePendingAsync("inst-1");
        var at = Clock.UtcNow;
        var failure = new FailureDetails("System.TimeoutException", "slow", "at Somewhere()", new FailureDetails("System.IO.IOException", "disk"));
        HistoryEvent[] firstStep =
        [
            new OrchestratorStartedEvent(-1, at),
            new ExecutionStartedEvent(-1, at, OrchestratorName, "exec-1", "{\"goal\":1}", new ParentInstance("parent", "exec-9", 4, "Programme")),
            new TaskScheduledEvent(0, at, "SendWelcome", "\"hello\""),
            new TimerCreatedEvent(1, at, at.AddDays(90)),
            new OrchestratorCompletedEvent(-1, at),
        ];
        HistoryEvent[] secondStep =
        [
            new OrchestratorStartedEvent(-1, at.AddSeconds(1)),
            new TaskFailedEvent(-1, at.AddSeconds(1), 0, failure),
            new EventSentEvent(2, at.AddSeconds(1), "other", "Ping", null),
            new ExecutionCompletedEvent(-1, at.AddSeconds(1), OrchestrationRuntimeStatus.Failed, null, failure),
        ];
        var workItem = await LockOneAsync("inst-1");
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, at) with { NewEvents = firstStep }, Ct);
        await Store.SendMessagesAsync([Event("inst-1", "event-1", at)], Ct);
        workItem = await LockOneAsync("inst-1");
        Assert.Equal(firstStep, workItem.History);

        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, at) with { NewEvents = secondStep }, Ct);

        Assert.Equal([.. firstStep, .. secondStep], await HistoryOfAsync("inst-1"));
    }

    [Fact]
    public async Task Every_time_the_store_returns_is_utc()
    {
        var instance = await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1");
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow) with { ActivityTasks = [Activity(instance, 0)] }, Ct);
        var activity = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 1, LockDuration, Ct));

        var record = await RecordOfAsync("inst-1");
        var history = await HistoryOfAsync("inst-1");
        var page = await Store.QueryInstancesAsync(new InstanceQuery(), Ct);

        Assert.Equal(DateTimeKind.Utc, record.CreatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, record.LastUpdatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, Assert.Single(page.Instances).CreatedAt.Kind);
        Assert.All(history, historyEvent => Assert.Equal(DateTimeKind.Utc, historyEvent.Timestamp.Kind));
        Assert.Equal(DateTimeKind.Utc, workItem.LockedUntil.Kind);
        Assert.Equal(DateTimeKind.Utc, activity.LockedUntil.Kind);
    }
}
