using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.InMemory;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>
/// Scenarios of the in-memory store that the runtime relies on (the shared store contract suite covers the
/// interface in full).
/// </summary>
public sealed class InMemoryStoreScenarioTests
{
    private static readonly TimeSpan _lease = TimeSpan.FromMinutes(1);
    private readonly ManualTimeProvider _clock = new();
    private readonly InMemoryOrchestrationStore _store;

    public InMemoryStoreScenarioTests() => _store = new InMemoryOrchestrationStore(_clock);

    [Fact]
    public async Task A_worker_whose_lease_expired_and_was_taken_over_cannot_commit()
    {
        await CreateAsync("i1");
        OrchestrationWorkItem stale = Assert.Single(await LockAsync("w1"));
        _clock.Advance(_lease + TimeSpan.FromSeconds(1));
        OrchestrationWorkItem current = Assert.Single(await LockAsync("w2"));

        await Assert.ThrowsAsync<LeaseLostException>(() => _store.CompleteOrchestrationAsync(stale, Step(stale, OrchestrationRuntimeStatus.Running), default));
        await _store.CompleteOrchestrationAsync(current, Step(current, OrchestrationRuntimeStatus.Completed), default);

        Assert.Equal(2, current.DequeueCount);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await _store.GetInstanceAsync("i1", false, default))!.Value.Instance.Status);
    }

    [Fact]
    public async Task A_locked_instance_is_not_handed_to_a_second_worker_while_its_lease_lives()
    {
        await CreateAsync("i1");
        Assert.Single(await LockAsync("w1"));

        Assert.Empty(await LockAsync("w2"));
    }

    [Fact]
    public async Task A_message_is_not_handed_out_before_its_visible_time()
    {
        await CreateAsync("i1");
        OrchestrationWorkItem started = Assert.Single(await LockAsync("w1"));
        await _store.CompleteOrchestrationAsync(started, Step(started, OrchestrationRuntimeStatus.Running), default);
        await _store.SendMessagesAsync([Raised("i1", "later", _clock.UtcNow, _clock.UtcNow.AddDays(30))], default);

        IReadOnlyList<OrchestrationWorkItem> before = await LockAsync("w1");
        _clock.Advance(TimeSpan.FromDays(30));
        IReadOnlyList<OrchestrationWorkItem> after = await LockAsync("w1");

        Assert.Empty(before);
        Assert.Equal("later", Assert.Single(Assert.Single(after).NewMessages).MessageId);
    }

    [Fact]
    public async Task Delivering_the_same_message_twice_stores_it_once()
    {
        await CreateAsync("i1");
        await _store.SendMessagesAsync([Raised("i1", "m1", _clock.UtcNow)], default);
        await _store.SendMessagesAsync([Raised("i1", "m1", _clock.UtcNow)], default);

        OrchestrationWorkItem workItem = Assert.Single(await LockAsync("w1"));

        Assert.Equal(["i1:start", "m1"], workItem.NewMessages.Select(m => m.MessageId));
    }

    [Fact]
    public async Task Messages_to_an_unknown_instance_are_dropped_unless_they_start_it()
    {
        await _store.SendMessagesAsync([Raised("ghost", "m1", _clock.UtcNow), Start("child", _clock.UtcNow)], default);

        Assert.Null(await _store.GetInstanceAsync("ghost", false, default));
        var child = (await _store.GetInstanceAsync("child", false, default))!.Value.Instance;
        Assert.Equal(OrchestrationRuntimeStatus.Pending, child.Status);
        Assert.Equal("Workflow", child.Name);
    }

    [Fact]
    public async Task A_suspended_instance_is_handed_out_only_for_resume_or_terminate()
    {
        await CreateAsync("i1");
        OrchestrationWorkItem started = Assert.Single(await LockAsync("w1"));
        await _store.CompleteOrchestrationAsync(started, Step(started, OrchestrationRuntimeStatus.Suspended), default);
        await _store.SendMessagesAsync([Raised("i1", "m1", _clock.UtcNow)], default);

        IReadOnlyList<OrchestrationWorkItem> withEventOnly = await LockAsync("w1");
        await _store.SendMessagesAsync([Resume("i1", _clock.UtcNow)], default);
        IReadOnlyList<OrchestrationWorkItem> withResume = await LockAsync("w1");

        Assert.Empty(withEventOnly);
        Assert.Contains(Assert.Single(withResume).NewMessages, m => m.Event is ExecutionResumedEvent);
    }

    [Fact]
    public async Task Messages_to_a_finished_instance_are_dropped_except_a_rewind_or_a_start()
    {
        await CreateAsync("i1");
        OrchestrationWorkItem started = Assert.Single(await LockAsync("w1"));
        await _store.CompleteOrchestrationAsync(started, Step(started, OrchestrationRuntimeStatus.Failed), default);
        await _store.SendMessagesAsync([Raised("i1", "late", _clock.UtcNow)], default);
        IReadOnlyList<OrchestrationWorkItem> afterEvent = await LockAsync("w1");

        await _store.SendMessagesAsync([new TaskMessage("rw", "i1", null, new ExecutionRewoundEvent(-1, _clock.UtcNow, null))], default);
        IReadOnlyList<OrchestrationWorkItem> afterRewind = await LockAsync("w1");

        Assert.Empty(afterEvent);
        Assert.Equal(["rw"], Assert.Single(afterRewind).NewMessages.Select(m => m.MessageId));
    }

    [Fact]
    public async Task Creating_an_instance_whose_id_is_active_is_refused_and_a_finished_one_is_replaced()
    {
        await CreateAsync("i1");

        CreateInstanceOutcome whileActive = await _store.CreateInstanceAsync(Instance("i1", _clock.UtcNow, "e2"), Start("i1", _clock.UtcNow, "e2"), _activeStatuses, default);
        OrchestrationWorkItem started = Assert.Single(await LockAsync("w1"));
        await _store.CompleteOrchestrationAsync(started, Step(started, OrchestrationRuntimeStatus.Completed), default);
        CreateInstanceOutcome afterFinish = await _store.CreateInstanceAsync(Instance("i1", _clock.UtcNow, "e3"), Start("i1", _clock.UtcNow, "e3"), _activeStatuses, default);

        Assert.Equal(CreateInstanceOutcome.AlreadyExists, whileActive);
        Assert.Equal(CreateInstanceOutcome.Replaced, afterFinish);
        var replaced = (await _store.GetInstanceAsync("i1", true, default))!.Value;
        Assert.Equal("e3", replaced.Instance.ExecutionId);
        Assert.Empty(replaced.History!);
    }

    [Fact]
    public async Task An_activity_whose_lease_expired_is_taken_by_another_worker_and_the_first_cannot_complete_it()
    {
        await CreateAsync("i1");
        OrchestrationWorkItem started = Assert.Single(await LockAsync("w1"));
        await _store.CompleteOrchestrationAsync(started, Step(started, OrchestrationRuntimeStatus.Running, WorkTask("i1")), default);
        ActivityWorkItem stale = Assert.Single(await _store.LockNextActivitiesAsync("w1", 10, _lease, default));
        Assert.Empty(await _store.LockNextActivitiesAsync("w2", 10, _lease, default));
        _clock.Advance(_lease + TimeSpan.FromSeconds(1));
        ActivityWorkItem current = Assert.Single(await _store.LockNextActivitiesAsync("w2", 10, _lease, default));
        var result = new TaskMessage("r", "i1", "e1", new TaskCompletedEvent(-1, _clock.UtcNow, 0, "1"));

        await Assert.ThrowsAsync<LeaseLostException>(() => _store.RenewActivityLockAsync(stale, _lease, default));
        await Assert.ThrowsAsync<LeaseLostException>(() => _store.CompleteActivityAsync(stale, result, default));
        await _store.CompleteActivityAsync(current, result, default);

        Assert.Equal(2, current.DequeueCount);
        Assert.Empty(await _store.LockNextActivitiesAsync("w3", 10, _lease, default));
        Assert.Contains(Assert.Single(await LockAsync("w1")).NewMessages, m => m.MessageId == "r");
    }

    [Fact]
    public async Task Purging_removes_the_instance_with_its_activity_tasks()
    {
        await CreateAsync("i1");
        OrchestrationWorkItem started = Assert.Single(await LockAsync("w1"));
        await _store.CompleteOrchestrationAsync(started, Step(started, OrchestrationRuntimeStatus.Running, WorkTask("i1")), default);

        Assert.True(await _store.PurgeInstanceAsync("i1", default));

        Assert.Null(await _store.GetInstanceAsync("i1", false, default));
        Assert.Empty(await _store.LockNextActivitiesAsync("w1", 10, _lease, default));
    }

    private Task CreateAsync(string instanceId)
        => _store.CreateInstanceAsync(Instance(instanceId, _clock.UtcNow), Start(instanceId, _clock.UtcNow), _activeStatuses, default);

    private Task<IReadOnlyList<OrchestrationWorkItem>> LockAsync(string workerId)
        => _store.LockNextOrchestrationsAsync(workerId, 10, _lease, default);

    private static readonly OrchestrationRuntimeStatus[] _activeStatuses =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    private static InstanceRecord Instance(string instanceId, DateTime now, string executionId = "e1")
        => new(instanceId, "Workflow", executionId, OrchestrationRuntimeStatus.Pending, now, now);

    private static TaskMessage Start(string instanceId, DateTime now, string executionId = "e1")
        => new($"{instanceId}:start", instanceId, executionId, new ExecutionStartedEvent(-1, now, "Workflow", executionId, null));

    private static TaskMessage Raised(string instanceId, string messageId, DateTime now, DateTime? visibleAt = null)
        => new(messageId, instanceId, null, new EventRaisedEvent(-1, now, "signal", null), visibleAt);

    private static TaskMessage Resume(string instanceId, DateTime now) => new($"{instanceId}:resume", instanceId, null, new ExecutionResumedEvent(-1, now, null));

    private static OrchestrationStepResult Step(OrchestrationWorkItem workItem, OrchestrationRuntimeStatus status, params ActivityTask[] tasks)
        => new(
            workItem.Instance with { Status = status },
            [new OrchestratorStartedEvent(-1, workItem.LockedUntil), new OrchestratorCompletedEvent(-1, workItem.LockedUntil)],
            false,
            [.. workItem.NewMessages.Select(m => m.MessageId)],
            tasks,
            []);

    private static ActivityTask WorkTask(string instanceId, int sequence = 0)
        => new(ActivityTask.IdFor(instanceId, "e1", sequence), instanceId, "e1", sequence, "Work", null);
}
