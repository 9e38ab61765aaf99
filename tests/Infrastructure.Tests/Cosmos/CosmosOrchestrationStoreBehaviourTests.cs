using MentorFlow.Durable;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>
/// What the Cosmos store must get right without transactions: ETag conflicts between workers, the outbox delivered
/// after a crash between a step's commit and its delivery, and delivery that stores each task and message once.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosOrchestrationStoreBehaviourTests(CosmosEmulatorFixture emulator) : CosmosStoreTestBase(emulator)
{
    [Fact]
    public async Task An_instance_is_locked_by_one_worker_until_its_lease_expires()
    {
        await CreatePendingAsync("journey-1");
        var first = await LockOneAsync("journey-1", "worker-a");

        Assert.Empty(await Store.LockNextOrchestrationsAsync("worker-b", 10, LockDuration, Ct));

        Clock.Advance(LockDuration + TimeSpan.FromSeconds(1));
        var second = await LockOneAsync("journey-1", "worker-b");
        Assert.NotEqual(first.LockToken, second.LockToken);
        Assert.Equal(2, second.DequeueCount);
    }

    [Fact]
    public async Task A_step_committed_with_a_lost_lease_is_refused_and_stores_nothing()
    {
        await CreatePendingAsync("journey-1");
        var stale = await LockOneAsync("journey-1", "worker-a");
        Clock.Advance(LockDuration + TimeSpan.FromSeconds(1));
        var current = await LockOneAsync("journey-1", "worker-b");

        await Assert.ThrowsAsync<LeaseLostException>(() => Store.CompleteOrchestrationAsync(stale, Step(stale, Clock.UtcNow), Ct));
        Assert.Empty(await HistoryOfAsync("journey-1"));

        await Store.CompleteOrchestrationAsync(current, Step(current, Clock.UtcNow), Ct);
        Assert.Contains(await HistoryOfAsync("journey-1"), historyEvent => historyEvent is ExecutionStartedEvent);
    }

    [Fact]
    public async Task A_message_that_arrives_while_the_instance_is_locked_stays_for_the_next_step()
    {
        await CreatePendingAsync("journey-1");
        var workItem = await LockOneAsync("journey-1");
        await Store.SendMessagesAsync([Event("journey-1", "approved-1", Clock.UtcNow)], Ct);

        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow), Ct);

        var next = await LockOneAsync("journey-1");
        Assert.Equal(["approved-1"], next.NewMessages.Select(message => message.MessageId));
    }

    [Fact]
    public async Task A_step_creates_its_activity_tasks_starts_a_sub_orchestration_and_keeps_its_timer_for_later()
    {
        var instance = await CreatePendingAsync("journey-1");
        var workItem = await LockOneAsync("journey-1");
        var fireAt = Clock.UtcNow.AddDays(30);
        var child = Instance("journey-1:child", Clock.UtcNow);
        var step = Step(workItem, Clock.UtcNow) with
        {
            ActivityTasks = [Activity(instance, 1), Activity(instance, 2)],
            OutboundMessages =
            [
                Start(child, Clock.UtcNow),
                new TaskMessage("journey-1:exec-1:timer:3", "journey-1", "exec-1", new TimerFiredEvent(-1, Clock.UtcNow, 3, fireAt), fireAt),
            ],
        };

        await Store.CompleteOrchestrationAsync(workItem, step, Ct);

        var activities = await Store.LockNextActivitiesAsync("worker-a", 10, LockDuration, Ct);
        Assert.Equal([1, 2], activities.Select(activity => activity.Task.TaskScheduledId).Order());
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await Store.GetInstanceAsync("journey-1:child", false, Ct))!.Value.Instance.Status);
        var childStep = await LockOneAsync("journey-1:child");
        await Store.CompleteOrchestrationAsync(childStep, Step(childStep, Clock.UtcNow), Ct);

        Clock.Advance(TimeSpan.FromDays(30));
        var timer = await LockOneAsync("journey-1");
        Assert.IsType<TimerFiredEvent>(Assert.Single(timer.NewMessages).Event);
    }

    [Fact]
    public async Task An_outbox_left_by_a_crash_after_the_commit_is_delivered_by_the_next_worker()
    {
        await CreateRunningAsync("mentor-1");
        var instance = await CreatePendingAsync("journey-1");
        var workItem = await LockOneAsync("journey-1");
        var step = Step(workItem, Clock.UtcNow) with
        {
            ActivityTasks = [Activity(instance, 1)],
            OutboundMessages = [Event("mentor-1", "journey-1:exec-1:event:2", Clock.UtcNow)],
        };
        await CommitWithoutDeliveryAsync(workItem, step);
        Assert.Empty(await Store.LockNextActivitiesAsync("worker-a", 10, LockDuration, Ct));

        Clock.Advance(LockDuration + TimeSpan.FromSeconds(1));
        await Store.LockNextOrchestrationsAsync("worker-b", 10, LockDuration, Ct);

        var activity = Assert.Single(await Store.LockNextActivitiesAsync("worker-b", 10, LockDuration, Ct));
        Assert.Equal(1, activity.Task.TaskScheduledId);
        var document = await InstanceDocumentOfAsync("journey-1");
        Assert.Empty(document.OutboxTasks);
        Assert.Empty(document.OutboxMessages);
        Assert.Contains((await InstanceDocumentOfAsync("mentor-1")).Inbox, message => message.MessageId == "journey-1:exec-1:event:2");
    }

    [Fact]
    public async Task Delivering_an_outbox_again_neither_reruns_a_finished_activity_nor_duplicates_a_consumed_message()
    {
        await CreateRunningAsync("mentor-1");
        var instance = await CreatePendingAsync("journey-1");
        var workItem = await LockOneAsync("journey-1");
        var step = Step(workItem, Clock.UtcNow) with
        {
            ActivityTasks = [Activity(instance, 1)],
            OutboundMessages = [Event("mentor-1", "journey-1:exec-1:event:2", Clock.UtcNow)],
        };
        await CommitWithoutDeliveryAsync(workItem, step);
        var stranded = await InstanceDocumentOfAsync("journey-1");

        // The first delivery happens (by a worker that finds the instance), the activity runs and the mentor takes the event.
        Clock.Advance(LockDuration + TimeSpan.FromSeconds(1));
        await Store.LockNextOrchestrationsAsync("worker-b", 10, LockDuration, Ct);
        var activity = Assert.Single(await Store.LockNextActivitiesAsync("worker-b", 10, LockDuration, Ct));
        await Store.CompleteActivityAsync(activity, ResultOf(activity.Task, Clock.UtcNow), Ct);
        Clock.Advance(LockDuration + TimeSpan.FromSeconds(1));
        var mentorStep = await ReLockAsync("mentor-1");
        await Store.CompleteOrchestrationAsync(mentorStep, Step(mentorStep, Clock.UtcNow), Ct);

        // Then the same outbox is delivered again, as by a worker that had read the document before it was cleared.
        await RestoreOutboxAsync("journey-1", stranded);
        Clock.Advance(LockDuration + TimeSpan.FromSeconds(1));
        await Store.LockNextOrchestrationsAsync("worker-c", 10, LockDuration, Ct);

        Assert.Empty(await Store.LockNextActivitiesAsync("worker-c", 10, LockDuration, Ct));
        var mentor = await InstanceDocumentOfAsync("mentor-1");
        Assert.DoesNotContain(mentor.Inbox, message => message.MessageId == "journey-1:exec-1:event:2");
        Assert.Single(mentor.History.OfType<EventRaisedEvent>());
    }

    [Fact]
    public async Task An_activity_result_delivered_twice_reaches_the_instance_once()
    {
        var instance = await CreatePendingAsync("journey-1");
        var workItem = await LockOneAsync("journey-1");
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow) with { ActivityTasks = [Activity(instance, 1)] }, Ct);
        var activity = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 10, LockDuration, Ct));

        await Store.SendMessagesAsync([ResultOf(activity.Task, Clock.UtcNow)], Ct);
        await Store.CompleteActivityAsync(activity, ResultOf(activity.Task, Clock.UtcNow), Ct);

        var next = await LockOneAsync("journey-1");
        Assert.IsType<TaskCompletedEvent>(Assert.Single(next.NewMessages).Event);
        Assert.Empty(await Store.LockNextActivitiesAsync("worker-b", 10, LockDuration, Ct));
    }

    [Fact]
    public async Task An_activity_completed_after_its_lease_was_lost_is_refused()
    {
        var instance = await CreatePendingAsync("journey-1");
        var workItem = await LockOneAsync("journey-1");
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow) with { ActivityTasks = [Activity(instance, 1)] }, Ct);
        var stale = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 10, LockDuration, Ct));
        Clock.Advance(LockDuration + TimeSpan.FromSeconds(1));
        var current = Assert.Single(await Store.LockNextActivitiesAsync("worker-b", 10, LockDuration, Ct));

        await Assert.ThrowsAsync<LeaseLostException>(() => Store.CompleteActivityAsync(stale, ResultOf(stale.Task, Clock.UtcNow), Ct));

        Assert.Equal(2, current.DequeueCount);
        Assert.Empty((await InstanceDocumentOfAsync("journey-1")).Inbox);
    }

    [Fact]
    public async Task Instance_ids_with_characters_that_urls_reserve_work()
    {
        const string instanceId = "programme/2026?cohort#1";
        await CreatePendingAsync(instanceId);

        var workItem = await LockOneAsync(instanceId);
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow), Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Store.GetInstanceAsync(instanceId, false, Ct))!.Value.Instance.Status);
        Assert.True(await Store.PurgeInstanceAsync(instanceId, Ct));
        Assert.Null(await Store.GetInstanceAsync(instanceId, false, Ct));
    }

    [Fact]
    public async Task Queries_page_through_instances_of_every_bucket_in_creation_order()
    {
        var ids = Enumerable.Range(1, 7).Select(number => $"journey-{number}").ToList();
        foreach (var id in ids)
        {
            await CreatePendingAsync(id);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var seen = new List<string>();
        string? continuation = null;
        do
        {
            var page = await Store.QueryInstancesAsync(new InstanceQuery(PageSize: 3, ContinuationToken: continuation), Ct);
            Assert.True(page.Instances.Count <= 3);
            seen.AddRange(page.Instances.Select(instance => instance.InstanceId));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.Equal(ids, seen);
    }

    [Fact]
    public async Task A_query_by_status_sees_the_status_a_step_committed()
    {
        await CreateRunningAsync("journey-1");
        await CreatePendingAsync("journey-2");

        var running = await Store.QueryInstancesAsync(new InstanceQuery(Statuses: [OrchestrationRuntimeStatus.Running]), Ct);
        var pending = await Store.QueryInstancesAsync(new InstanceQuery(Statuses: [OrchestrationRuntimeStatus.Pending]), Ct);

        Assert.Equal(["journey-1"], running.Instances.Select(instance => instance.InstanceId));
        Assert.Equal(["journey-2"], pending.Instances.Select(instance => instance.InstanceId));
    }

    private async Task CreateRunningAsync(string instanceId)
    {
        await CreatePendingAsync(instanceId);
        var workItem = await LockOneAsync(instanceId);
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow), Ct);
    }

    private async Task<OrchestrationWorkItem> ReLockAsync(string instanceId)
    {
        var workItems = await Store.LockNextOrchestrationsAsync("worker-z", 10, LockDuration, Ct);
        return Assert.Single(workItems, workItem => workItem.Instance.InstanceId == instanceId);
    }

    /// <summary>Writes only the step's commit to the instance document, as a worker that crashed right after it would.</summary>
    private async Task CommitWithoutDeliveryAsync(OrchestrationWorkItem workItem, OrchestrationStepResult step)
    {
        var document = await InstanceDocumentOfAsync(workItem.Instance.InstanceId);
        InstanceRules.ApplyStep(document, step, workItem.LockToken);
        await Container.ReplaceItemAsync(document, document.Id, new PartitionKey(document.Pk), new ItemRequestOptions { IfMatchEtag = document.ETag });
    }

    private async Task RestoreOutboxAsync(string instanceId, InstanceDocument stranded)
    {
        var document = await InstanceDocumentOfAsync(instanceId);
        document.OutboxTasks = stranded.OutboxTasks;
        document.OutboxMessages = stranded.OutboxMessages;
        await Container.ReplaceItemAsync(document, document.Id, new PartitionKey(document.Pk), new ItemRequestOptions { IfMatchEtag = document.ETag });
    }
}
