using MentorFlow.Durable.History;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Which messages a Suspended or finished instance is handed out for.</summary>
public abstract partial class OrchestrationStoreContract
{
    [Fact]
    public async Task A_suspended_instance_is_not_handed_out_for_ordinary_messages()
    {
        var instance = await CreateStartedAsync("inst-1", OrchestrationRuntimeStatus.Suspended);

        await Store.SendMessagesAsync(
            [Event("inst-1", "event-1", Clock.UtcNow), Timer("inst-1", instance.ExecutionId, 0, Clock.UtcNow, Clock.UtcNow)], Ct);

        await AssertNoOrchestrationWorkAsync();
    }

    [Fact]
    public async Task A_suspended_instance_is_handed_out_for_a_resume_with_the_messages_that_waited()
    {
        await CreateStartedAsync("inst-1", OrchestrationRuntimeStatus.Suspended);
        await Store.SendMessagesAsync([Event("inst-1", "event-1", Clock.UtcNow)], Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var resume = Resume("inst-1", Clock.UtcNow);

        await Store.SendMessagesAsync([resume], Ct);

        var workItem = await LockOneAsync("inst-1");
        Assert.Equal(["event-1", resume.MessageId], workItem.NewMessages.Select(message => message.MessageId));
    }

    [Fact]
    public async Task A_suspended_instance_is_handed_out_for_a_terminate()
    {
        await CreateStartedAsync("inst-1", OrchestrationRuntimeStatus.Suspended);

        await Store.SendMessagesAsync([Terminate("inst-1", Clock.UtcNow)], Ct);

        var workItem = await LockOneAsync("inst-1");
        Assert.IsType<ExecutionTerminatedEvent>(Assert.Single(workItem.NewMessages).Event);
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Completed)]
    [InlineData(OrchestrationRuntimeStatus.Failed)]
    [InlineData(OrchestrationRuntimeStatus.Terminated)]
    public async Task A_finished_instance_drops_messages_that_cannot_act_on_it(OrchestrationRuntimeStatus finished)
    {
        await CreateStartedAsync("inst-1", finished);

        await Store.SendMessagesAsync(
            [Event("inst-1", "event-1", Clock.UtcNow), Suspend("inst-1", Clock.UtcNow), Terminate("inst-1", Clock.UtcNow)], Ct);

        await AssertNoOrchestrationWorkAsync();
        var rewind = Rewind("inst-1", Clock.UtcNow.AddSeconds(1));
        await Store.SendMessagesAsync([rewind], Ct);
        var workItem = await LockOneAsync("inst-1");
        Assert.Equal(rewind.MessageId, Assert.Single(workItem.NewMessages).MessageId);
    }

    [Fact]
    public async Task A_finished_instance_is_handed_out_for_a_new_start()
    {
        await CreateStartedAsync("inst-1", OrchestrationRuntimeStatus.Completed);
        var restart = StartOf("inst-1", Clock.UtcNow, executionId: "exec-2");

        await Store.SendMessagesAsync([restart], Ct);

        var workItem = await LockOneAsync("inst-1");
        Assert.Equal(restart.MessageId, Assert.Single(workItem.NewMessages).MessageId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, workItem.Instance.Status);
    }

    [Fact]
    public async Task Messages_waiting_when_an_instance_finishes_are_dropped()
    {
        await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1");
        await Store.SendMessagesAsync([Event("inst-1", "during-the-step", Clock.UtcNow)], Ct);

        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow, OrchestrationRuntimeStatus.Failed), Ct);

        await AssertNoOrchestrationWorkAsync();
        var rewind = Rewind("inst-1", Clock.UtcNow.AddSeconds(1));
        await Store.SendMessagesAsync([rewind], Ct);
        var rewound = await LockOneAsync("inst-1");
        Assert.Equal(rewind.MessageId, Assert.Single(rewound.NewMessages).MessageId);
    }
}
