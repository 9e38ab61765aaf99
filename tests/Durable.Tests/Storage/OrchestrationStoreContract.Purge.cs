using MentorFlow.Durable.Storage;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Purging one instance or many: every row goes.</summary>
public abstract partial class OrchestrationStoreContract
{
    [Fact]
    public async Task Purging_an_instance_removes_its_record_history_inbox_and_activity_tasks()
    {
        var instance = await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1");
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow) with { ActivityTasks = [Activity(instance, 0)] }, Ct);
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow), Event("inst-1", "later", Clock.UtcNow, Clock.UtcNow.AddDays(1))], Ct);

        Assert.True(await Store.PurgeInstanceAsync("inst-1", Ct));

        Assert.Null(await Store.GetInstanceAsync("inst-1", includeHistory: true, Ct));
        Clock.Advance(TimeSpan.FromDays(1));
        await AssertNoOrchestrationWorkAsync();
        await AssertNoActivityWorkAsync();
        var again = Instance("inst-1", Clock.UtcNow, executionId: "exec-2");
        Assert.Equal(CreateInstanceOutcome.Created, await Store.CreateInstanceAsync(again, Start(again, Clock.UtcNow), ActiveStatuses, Ct));
        Assert.Empty(await HistoryOfAsync("inst-1"));
        var fresh = await LockOneAsync("inst-1");
        Assert.Single(fresh.NewMessages);
    }

    [Fact]
    public async Task Purging_an_unknown_instance_returns_false()
    {
        await CreateStartedAsync("inst-1");

        Assert.False(await Store.PurgeInstanceAsync("inst-2", Ct));
        Assert.NotNull(await Store.GetInstanceAsync("inst-1", includeHistory: false, Ct));
    }

    [Fact]
    public async Task Purge_by_filter_removes_only_finished_instances_unless_statuses_are_named()
    {
        await CreateStartedAsync("done", OrchestrationRuntimeStatus.Completed);
        await CreateStartedAsync("failed", OrchestrationRuntimeStatus.Failed);
        await CreateStartedAsync("terminated", OrchestrationRuntimeStatus.Terminated);
        await CreateStartedAsync("running");
        await CreateStartedAsync("suspended", OrchestrationRuntimeStatus.Suspended);
        await CreatePendingAsync("pending", startAt: Clock.UtcNow.AddDays(1));

        var removed = await Store.PurgeInstancesAsync(new PurgeFilter(), Ct);

        Assert.Equal(3, removed);
        var left = await Store.QueryInstancesAsync(new InstanceQuery(), Ct);
        Assert.Equal(["pending", "running", "suspended"], left.Instances.Select(instance => instance.InstanceId).Order());
        Assert.Equal(1, await Store.PurgeInstancesAsync(new PurgeFilter(Statuses: [OrchestrationRuntimeStatus.Suspended]), Ct));
        Assert.Null(await Store.GetInstanceAsync("suspended", includeHistory: false, Ct));
    }

    [Fact]
    public async Task Purge_by_filter_honours_the_creation_time_range_and_statuses()
    {
        var start = Clock.UtcNow;
        foreach (var day in Enumerable.Range(0, 4))
        {
            await CreateStartedAsync($"done-{day}", OrchestrationRuntimeStatus.Completed);
            await CreateStartedAsync($"failed-{day}", OrchestrationRuntimeStatus.Failed);
            Clock.Advance(TimeSpan.FromDays(1));
        }

        var removed = await Store.PurgeInstancesAsync(
            new PurgeFilter(start.AddDays(1), start.AddDays(2), [OrchestrationRuntimeStatus.Completed]), Ct);

        Assert.Equal(2, removed);
        var left = (await Store.QueryInstancesAsync(new InstanceQuery(), Ct)).Instances.Select(instance => instance.InstanceId);
        Assert.Equal(
            ["done-0", "done-3", "failed-0", "failed-1", "failed-2", "failed-3"],
            left.Order());
        Assert.Null(await Store.GetInstanceAsync("done-1", includeHistory: true, Ct));
    }
}
