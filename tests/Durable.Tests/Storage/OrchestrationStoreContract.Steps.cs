using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Committing an orchestration step: all of it or nothing, and only by the lease holder.</summary>
public abstract partial class OrchestrationStoreContract
{
    [Fact]
    public async Task A_step_with_a_stale_lock_token_throws_and_writes_nothing()
    {
        await CreateStartedAsync("other");
        var instance = await CreatePendingAsync("inst-1");
        var stale = await LockOneAsync("inst-1", "worker-a");
        Clock.Advance(LockDuration);
        var current = await LockOneAsync("inst-1", "worker-b");
        var step = Step(stale, Clock.UtcNow, OrchestrationRuntimeStatus.Completed) with
        {
            ActivityTasks = [Activity(instance, 0)],
            OutboundMessages = [Event("other", "from-inst-1", Clock.UtcNow), StartOf("child-1", Clock.UtcNow)],
        };

        await Assert.ThrowsAsync<LeaseLostException>(() => Store.CompleteOrchestrationAsync(stale, step, Ct));

        Assert.Equal(instance, await RecordOfAsync("inst-1"));
        Assert.Empty(await HistoryOfAsync("inst-1"));
        Assert.Null(await Store.GetInstanceAsync("child-1", includeHistory: false, Ct));
        await AssertNoActivityWorkAsync();
        await AssertNoOrchestrationWorkAsync("worker-c");
        await Store.AbandonOrchestrationAsync(current, TimeSpan.Zero, Ct);
        var again = await LockOneAsync("inst-1", "worker-c");
        Assert.IsType<ExecutionStartedEvent>(Assert.Single(again.NewMessages).Event);
    }

    [Fact]
    public async Task A_step_appends_its_events_and_the_next_step_sees_them()
    {
        await CreatePendingAsync("inst-1");
        var first = await LockOneAsync("inst-1");
        var firstStep = Step(first, Clock.UtcNow);
        await Store.CompleteOrchestrationAsync(first, firstStep, Ct);
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);

        var second = await LockOneAsync("inst-1");
        var secondStep = Step(second, Clock.UtcNow);
        await Store.CompleteOrchestrationAsync(second, secondStep, Ct);

        Assert.Equal(firstStep.NewEvents, second.History);
        Assert.Equal([.. firstStep.NewEvents, .. secondStep.NewEvents], await HistoryOfAsync("inst-1"));
    }

    [Fact]
    public async Task A_step_that_replaces_the_history_drops_the_old_execution()
    {
        await CreatePendingAsync("inst-1");
        var first = await LockOneAsync("inst-1");
        await Store.CompleteOrchestrationAsync(first, Step(first, Clock.UtcNow), Ct);
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);
        var second = await LockOneAsync("inst-1");
        HistoryEvent[] newExecution =
        [
            new OrchestratorStartedEvent(-1, Clock.UtcNow),
            new ExecutionStartedEvent(-1, Clock.UtcNow, OrchestratorName, "exec-2", "\"next\""),
        ];

        await Store.CompleteOrchestrationAsync(second, Step(second, Clock.UtcNow) with
        {
            Instance = second.Instance with { ExecutionId = "exec-2", Input = "\"next\"", Status = OrchestrationRuntimeStatus.Running },
            NewEvents = newExecution,
            ReplacesHistory = true,
        }, Ct);

        Assert.Equal(newExecution, await HistoryOfAsync("inst-1"));
        Assert.Equal("exec-2", (await RecordOfAsync("inst-1")).ExecutionId);
    }

    [Fact]
    public async Task A_step_removes_the_messages_it_consumed_and_keeps_those_that_arrived_after_the_lock()
    {
        await CreateStartedAsync("inst-1");
        await Store.SendMessagesAsync([Event("inst-1", "early", Clock.UtcNow)], Ct);
        var workItem = await LockOneAsync("inst-1");
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.SendMessagesAsync([Event("inst-1", "late", Clock.UtcNow)], Ct);

        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow), Ct);

        var next = await LockOneAsync("inst-1", "worker-b");
        Assert.Equal("late", Assert.Single(next.NewMessages).MessageId);
    }

    [Fact]
    public async Task A_step_releases_the_lease_so_remaining_work_is_handed_out_at_once()
    {
        await CreateStartedAsync("inst-1");
        await Store.SendMessagesAsync([Event("inst-1", "first", Clock.UtcNow), Event("inst-1", "second", Clock.UtcNow)], Ct);
        var workItem = await LockOneAsync("inst-1", "worker-a");

        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow) with { ConsumedMessageIds = ["first"] }, Ct);

        var next = await LockOneAsync("inst-1", "worker-b");
        Assert.Equal("second", Assert.Single(next.NewMessages).MessageId);
    }

    [Fact]
    public async Task A_step_creates_each_activity_task_once_even_when_listed_again()
    {
        var instance = await CreateStartedAsync("inst-1");
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);
        var workItem = await LockOneAsync("inst-1");
        await Store.CompleteOrchestrationAsync(
            workItem, Step(workItem, Clock.UtcNow) with { ActivityTasks = [Activity(instance, 0), Activity(instance, 1)] }, Ct);
        await Store.SendMessagesAsync([Event("inst-1", "event-2", Clock.UtcNow)], Ct);
        workItem = await LockOneAsync("inst-1");

        await Store.CompleteOrchestrationAsync(
            workItem, Step(workItem, Clock.UtcNow) with { ActivityTasks = [Activity(instance, 1), Activity(instance, 2)] }, Ct);

        var activities = await Store.LockNextActivitiesAsync("worker-a", 10, LockDuration, Ct);
        Assert.Equal(
            [Activity(instance, 0), Activity(instance, 1), Activity(instance, 2)],
            activities.Select(activity => activity.Task).OrderBy(task => task.TaskScheduledId));
    }

    [Fact]
    public async Task A_step_delivers_its_outbound_messages_by_the_same_rules_as_sending()
    {
        await CreateStartedAsync("sibling");
        var instance = await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1");
        var parent = new ParentInstance("inst-1", instance.ExecutionId, 2, OrchestratorName);
        var timer = Timer("inst-1", instance.ExecutionId, 1, Clock.UtcNow, Clock.UtcNow.AddDays(30));

        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow) with
        {
            OutboundMessages =
            [
                Event("sibling", "hello", Clock.UtcNow),
                StartOf("child-1", Clock.UtcNow, name: "Review", executionId: "exec-c", parent: parent),
                Event("ghost", "lost", Clock.UtcNow),
                timer,
            ],
        }, Ct);

        var workItems = await Store.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, Ct);
        Assert.Equal(["child-1", "sibling"], workItems.Select(item => item.Instance.InstanceId).Order());
        Assert.Equal("hello", Assert.Single(workItems.Single(item => item.Instance.InstanceId == "sibling").NewMessages).MessageId);
        var child = await RecordOfAsync("child-1");
        Assert.Equal(OrchestrationRuntimeStatus.Pending, child.Status);
        Assert.Equal(parent, child.Parent);
        Assert.Null(await Store.GetInstanceAsync("ghost", includeHistory: false, Ct));
        foreach (var item in workItems)
        {
            await Store.CompleteOrchestrationAsync(item, Step(item, Clock.UtcNow), Ct);
        }

        Clock.Advance(TimeSpan.FromDays(30));
        var fired = await LockOneAsync("inst-1", "worker-b");
        Assert.Equal(timer.MessageId, Assert.Single(fired.NewMessages).MessageId);
    }

    [Fact]
    public async Task A_step_updates_the_instance_record()
    {
        await CreateStartedAsync("inst-1");
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);
        var workItem = await LockOneAsync("inst-1");
        Clock.Advance(TimeSpan.FromMinutes(5));
        var failure = new FailureDetails("System.InvalidOperationException", "broken", "at Step()");
        var after = workItem.Instance with
        {
            Status = OrchestrationRuntimeStatus.Failed,
            LastUpdatedAt = Clock.UtcNow,
            Output = "\"partial\"",
            CustomStatus = "{\"stage\":\"review\"}",
            Failure = failure,
        };

        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow) with { Instance = after }, Ct);

        Assert.Equal(after, await RecordOfAsync("inst-1"));
    }

    [Fact]
    public async Task Steps_committed_together_succeed_or_fail_each_on_its_own_lease()
    {
        const int Count = 12;
        for (var i = 0; i < Count; i++)
        {
            await CreatePendingAsync($"inst-{i:D2}");
        }

        var workItems = await Store.LockNextOrchestrationsAsync("worker-a", Count, LockDuration, Ct);
        Assert.Equal(Count, workItems.Count);
        var replacement = Instance("inst-05", Clock.UtcNow, executionId: "exec-2");
        await Store.CreateInstanceAsync(replacement, Start(replacement, Clock.UtcNow), [], Ct);

        var commits = workItems.Select(workItem => Task.Run(() => Store.CompleteOrchestrationAsync(
            workItem,
            Step(workItem, Clock.UtcNow) with { ActivityTasks = [Activity(workItem.Instance, 0)] },
            Ct))).ToList();
        await Assert.ThrowsAnyAsync<LeaseLostException>(() => Task.WhenAll(commits));

        var stale = workItems.Single(workItem => workItem.Instance.InstanceId == "inst-05");
        Assert.All(workItems.Zip(commits), pair =>
        {
            var (workItem, commit) = pair;
            Assert.Equal(workItem == stale ? TaskStatus.Faulted : TaskStatus.RanToCompletion, commit.Status);
        });
        var activities = await Store.LockNextActivitiesAsync("worker-a", Count, LockDuration, Ct);
        Assert.Equal(Count - 1, activities.Count);
        Assert.DoesNotContain(activities, activity => activity.Task.InstanceId == "inst-05");
        Assert.Empty(await HistoryOfAsync("inst-05"));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await RecordOfAsync("inst-00")).Status);
    }
}
