using MentorFlow.Durable.History;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Delivering messages: idempotency, visible-at times, order, and messages to missing instances.</summary>
public abstract partial class OrchestrationStoreContract
{
    [Fact]
    public async Task A_message_sent_twice_is_stored_once()
    {
        await CreateStartedAsync("inst-1");

        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow), Event("inst-1", "event-1", Clock.UtcNow)], Ct);

        var workItem = await LockOneAsync("inst-1");
        Assert.Equal("event-1", Assert.Single(workItem.NewMessages).MessageId);
    }

    [Fact]
    public async Task The_same_message_id_reaches_each_of_two_instances()
    {
        await CreateStartedAsync("inst-1");
        await CreateStartedAsync("inst-2");

        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow), Event("inst-2", "event-1", Clock.UtcNow)], Ct);

        var workItems = await Store.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, Ct);
        Assert.Equal(["inst-1", "inst-2"], workItems.Select(workItem => workItem.Instance.InstanceId).Order());
        Assert.All(workItems, workItem => Assert.Equal("event-1", Assert.Single(workItem.NewMessages).MessageId));
    }

    [Fact]
    public async Task A_message_is_not_handed_out_before_its_visible_at_time()
    {
        var instance = await CreateStartedAsync("inst-1");
        var fireAt = Clock.UtcNow.AddDays(90);

        await Store.SendMessagesAsync([Timer("inst-1", instance.ExecutionId, 0, Clock.UtcNow, fireAt)], Ct);

        await AssertNoOrchestrationWorkAsync();
        Clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromSeconds(1));
        await AssertNoOrchestrationWorkAsync();
        Clock.Advance(TimeSpan.FromSeconds(1));
        var workItem = await LockOneAsync("inst-1");
        Assert.IsType<TimerFiredEvent>(Assert.Single(workItem.NewMessages).Event);
    }

    [Fact]
    public async Task A_work_item_holds_only_the_messages_visible_now()
    {
        var instance = await CreateStartedAsync("inst-1");
        var timer = Timer("inst-1", instance.ExecutionId, 0, Clock.UtcNow, Clock.UtcNow.AddHours(1));
        await Store.SendMessagesAsync([timer, Event("inst-1", "event-1", Clock.UtcNow)], Ct);

        var workItem = await LockOneAsync("inst-1");
        Assert.Equal("event-1", Assert.Single(workItem.NewMessages).MessageId);
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow), Ct);

        await AssertNoOrchestrationWorkAsync();
        Clock.Advance(TimeSpan.FromHours(1));
        var later = await LockOneAsync("inst-1");
        Assert.Equal(timer.MessageId, Assert.Single(later.NewMessages).MessageId);
    }

    [Fact]
    public async Task Messages_are_handed_out_oldest_first()
    {
        await CreateStartedAsync("inst-1");
        string[] ids = ["m-c", "m-a", "m-d", "m-b"];
        foreach (var id in ids)
        {
            await Store.SendMessagesAsync([Event("inst-1", id, Clock.UtcNow)], Ct);
            Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var workItem = await LockOneAsync("inst-1");

        Assert.Equal(ids, workItem.NewMessages.Select(message => message.MessageId));
    }

    [Fact]
    public async Task A_start_message_to_a_missing_instance_creates_it_pending()
    {
        var parent = new ParentInstance("parent-1", "exec-7", 3, "Programme");

        await Store.SendMessagesAsync([StartOf("child-1", Clock.UtcNow, name: "Review", executionId: "exec-c", input: "\"in\"", parent: parent)], Ct);

        var record = await RecordOfAsync("child-1");
        Assert.Equal(OrchestrationRuntimeStatus.Pending, record.Status);
        Assert.Equal("Review", record.Name);
        Assert.Equal("exec-c", record.ExecutionId);
        Assert.Equal("\"in\"", record.Input);
        Assert.Equal(parent, record.Parent);
        Assert.Equal(Clock.UtcNow, record.CreatedAt);
        var workItem = await LockOneAsync("child-1");
        Assert.IsType<ExecutionStartedEvent>(Assert.Single(workItem.NewMessages).Event);
    }

    [Fact]
    public async Task Other_messages_to_a_missing_instance_are_dropped()
    {
        await Store.SendMessagesAsync([Event("ghost", "event-1", Clock.UtcNow), Resume("ghost", Clock.UtcNow)], Ct);

        Assert.Null(await Store.GetInstanceAsync("ghost", includeHistory: false, Ct));
        await AssertNoOrchestrationWorkAsync();
        await CreatePendingAsync("ghost");
        var workItem = await LockOneAsync("ghost");
        Assert.IsType<ExecutionStartedEvent>(Assert.Single(workItem.NewMessages).Event);
    }
}
