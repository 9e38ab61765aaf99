using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Activity tasks: leases, renewal, completion with its result, abandon.</summary>
public abstract partial class OrchestrationStoreContract
{
    [Fact]
    public async Task A_scheduled_activity_is_handed_to_one_worker_at_a_time()
    {
        var instance = await ScheduleActivitiesAsync("inst-1", 1);

        var locked = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 10, LockDuration, Ct));

        Assert.Equal(Activity(instance, 0), locked.Task);
        Assert.Equal(1, locked.DequeueCount);
        Assert.Equal(Clock.UtcNow + LockDuration, locked.LockedUntil);
        await AssertNoActivityWorkAsync("worker-b");
    }

    [Fact]
    public async Task Lock_hands_out_at_most_max_count_activities()
    {
        await ScheduleActivitiesAsync("inst-1", 5);

        var first = await Store.LockNextActivitiesAsync("worker-a", 3, LockDuration, Ct);
        var second = await Store.LockNextActivitiesAsync("worker-b", 3, LockDuration, Ct);

        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Equal(5, first.Concat(second).Select(activity => activity.Task.TaskId).Distinct().Count());
    }

    [Fact]
    public async Task An_expired_activity_lease_is_taken_over_and_the_first_worker_cannot_complete()
    {
        await ScheduleActivitiesAsync("inst-1", 1);
        var lost = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 1, LockDuration, Ct));
        Clock.Advance(LockDuration);

        var taken = Assert.Single(await Store.LockNextActivitiesAsync("worker-b", 1, LockDuration, Ct));

        Assert.Equal(2, taken.DequeueCount);
        Assert.NotEqual(lost.LockToken, taken.LockToken);
        await Assert.ThrowsAsync<LeaseLostException>(() => Store.RenewActivityLockAsync(lost, LockDuration, Ct));
        await Assert.ThrowsAsync<LeaseLostException>(
            () => Store.CompleteActivityAsync(lost, ActivityResult(lost.Task, Clock.UtcNow), Ct));
        await AssertNoOrchestrationWorkAsync();
    }

    [Fact]
    public async Task A_renewed_activity_lease_keeps_other_workers_out_until_its_new_expiry()
    {
        await ScheduleActivitiesAsync("inst-1", 1);
        var locked = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 1, LockDuration, Ct));
        Clock.Advance(TimeSpan.FromSeconds(50));

        var lockedUntil = await Store.RenewActivityLockAsync(locked, LockDuration, Ct);

        Assert.Equal(Clock.UtcNow + LockDuration, lockedUntil);
        Clock.Advance(LockDuration - TimeSpan.FromSeconds(1));
        await AssertNoActivityWorkAsync("worker-b");
    }

    [Fact]
    public async Task Completing_an_activity_delivers_its_result_and_removes_the_task()
    {
        await ScheduleActivitiesAsync("inst-1", 1);
        var locked = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 1, LockDuration, Ct));
        var result = ActivityResult(locked.Task, Clock.UtcNow, "\"sent\"");

        await Store.CompleteActivityAsync(locked, result, Ct);

        var workItem = await LockOneAsync("inst-1");
        var message = Assert.Single(workItem.NewMessages);
        Assert.Equal(result, message);
        Assert.Equal("\"sent\"", Assert.IsType<TaskCompletedEvent>(message.Event).Result);
        Clock.Advance(LockDuration);
        await AssertNoActivityWorkAsync();
    }

    [Fact]
    public async Task The_result_of_an_activity_whose_instance_finished_is_dropped_with_the_task()
    {
        await ScheduleActivitiesAsync("inst-1", 1);
        var locked = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 1, LockDuration, Ct));
        await Store.SendMessagesAsync([Terminate("inst-1", Clock.UtcNow)], Ct);
        var workItem = await LockOneAsync("inst-1");
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow, OrchestrationRuntimeStatus.Terminated), Ct);

        await Store.CompleteActivityAsync(locked, ActivityResult(locked.Task, Clock.UtcNow), Ct);

        await AssertNoOrchestrationWorkAsync();
        Clock.Advance(LockDuration);
        await AssertNoActivityWorkAsync();
    }

    [Fact]
    public async Task An_abandoned_activity_runs_again_after_the_delay()
    {
        await ScheduleActivitiesAsync("inst-1", 1);
        var locked = Assert.Single(await Store.LockNextActivitiesAsync("worker-a", 1, LockDuration, Ct));

        await Store.AbandonActivityAsync(locked, TimeSpan.FromSeconds(10), Ct);

        Clock.Advance(TimeSpan.FromSeconds(9));
        await AssertNoActivityWorkAsync("worker-b");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var again = Assert.Single(await Store.LockNextActivitiesAsync("worker-b", 1, LockDuration, Ct));
        Assert.Equal(2, again.DequeueCount);
        Assert.Equal(locked.Task, again.Task);
    }

    /// <summary>Starts an instance whose first step schedules <paramref name="count"/> activities.</summary>
    private async Task<InstanceRecord> ScheduleActivitiesAsync(string instanceId, int count)
    {
        var instance = await CreatePendingAsync(instanceId);
        var workItem = await LockOneAsync(instanceId);
        var tasks = Enumerable.Range(0, count).Select(i => Activity(instance, i)).ToList();
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow) with { ActivityTasks = tasks }, Ct);
        return instance;
    }
}
