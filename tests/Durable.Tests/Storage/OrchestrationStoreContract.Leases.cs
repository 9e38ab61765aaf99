using MentorFlow.Durable.Storage;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Orchestration leases: exclusivity, expiry and takeover, renewal, dequeue counts, abandon.</summary>
public abstract partial class OrchestrationStoreContract
{
    [Fact]
    public async Task A_locked_instance_is_not_handed_to_another_worker()
    {
        await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1", "worker-a");
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);

        await AssertNoOrchestrationWorkAsync("worker-b");
        Assert.Equal(1, workItem.DequeueCount);
        Assert.Equal(Clock.UtcNow + LockDuration, workItem.LockedUntil);
    }

    [Fact]
    public async Task Lock_hands_out_at_most_max_count_distinct_instances()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreatePendingAsync($"inst-{i}");
        }

        var first = await Store.LockNextOrchestrationsAsync("worker-a", 3, LockDuration, Ct);
        var second = await Store.LockNextOrchestrationsAsync("worker-b", 3, LockDuration, Ct);

        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        var ids = first.Concat(second).Select(workItem => workItem.Instance.InstanceId).ToList();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"inst-{i}"), ids.Order());
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_by_another_worker_and_the_first_can_no_longer_commit()
    {
        var instance = await CreatePendingAsync("inst-1");
        var lost = await LockOneAsync("inst-1", "worker-a");
        Clock.Advance(LockDuration - TimeSpan.FromSeconds(1));
        await AssertNoOrchestrationWorkAsync("worker-b");
        Clock.Advance(TimeSpan.FromSeconds(1));

        var taken = await LockOneAsync("inst-1", "worker-b");

        Assert.NotEqual(lost.LockToken, taken.LockToken);
        Assert.Equal(2, taken.DequeueCount);
        Assert.Equal(lost.NewMessages, taken.NewMessages);
        await Assert.ThrowsAsync<LeaseLostException>(() => Store.RenewOrchestrationLockAsync(lost, LockDuration, Ct));
        await Assert.ThrowsAsync<LeaseLostException>(() => Store.CompleteOrchestrationAsync(
            lost, Step(lost, Clock.UtcNow) with { ActivityTasks = [Activity(instance, 0)] }, Ct));
        await Store.CompleteOrchestrationAsync(taken, Step(taken, Clock.UtcNow), Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await RecordOfAsync("inst-1")).Status);
    }

    [Fact]
    public async Task A_renewed_lease_keeps_other_workers_out_until_its_new_expiry()
    {
        await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1", "worker-a");
        Clock.Advance(TimeSpan.FromSeconds(50));

        var lockedUntil = await Store.RenewOrchestrationLockAsync(workItem, LockDuration, Ct);

        Assert.Equal(Clock.UtcNow + LockDuration, lockedUntil);
        Clock.Advance(LockDuration - TimeSpan.FromSeconds(1));
        await AssertNoOrchestrationWorkAsync("worker-b");
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow), Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await RecordOfAsync("inst-1")).Status);
    }

    [Fact]
    public async Task The_dequeue_count_resets_when_a_step_commits()
    {
        await CreatePendingAsync("inst-1");
        await LockOneAsync("inst-1", "worker-a");
        Clock.Advance(LockDuration);
        var second = await LockOneAsync("inst-1", "worker-b");
        Assert.Equal(2, second.DequeueCount);
        await Store.CompleteOrchestrationAsync(second, Step(second, Clock.UtcNow), Ct);

        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);
        var next = await LockOneAsync("inst-1", "worker-a");

        Assert.Equal(1, next.DequeueCount);
    }

    [Fact]
    public async Task Abandoned_work_comes_back_after_the_delay_with_its_dequeue_count()
    {
        await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1", "worker-a");

        await Store.AbandonOrchestrationAsync(workItem, TimeSpan.FromSeconds(30), Ct);

        Clock.Advance(TimeSpan.FromSeconds(29));
        await AssertNoOrchestrationWorkAsync("worker-b");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var again = await LockOneAsync("inst-1", "worker-b");
        Assert.Equal(2, again.DequeueCount);
        Assert.Equal(workItem.NewMessages, again.NewMessages);
        await Assert.ThrowsAsync<LeaseLostException>(
            () => Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow), Ct));
    }

    [Fact]
    public async Task Work_abandoned_without_delay_is_handed_out_at_once()
    {
        await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1", "worker-a");

        await Store.AbandonOrchestrationAsync(workItem, TimeSpan.Zero, Ct);

        var again = await LockOneAsync("inst-1", "worker-b");
        Assert.Equal(2, again.DequeueCount);
    }
}
