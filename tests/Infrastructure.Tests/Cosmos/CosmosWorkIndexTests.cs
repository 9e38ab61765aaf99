using MentorFlow.Infrastructure.Cosmos.Orchestration;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>
/// The work index against the interleavings that lost instances: a worker polling between a creator's work entry and
/// its instance document, and a delivery's lowering that left the entry unchanged under a raiser's stale ETag.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosWorkIndexTests(CosmosEmulatorFixture emulator) : CosmosStoreTestBase(emulator)
{
    [Fact]
    public async Task A_work_entry_written_before_its_instance_document_survives_a_poll_in_between()
    {
        // A creator writes the entry first; a worker polls before the document exists; then the document is written
        // and the creator stops there (a crash before it lowers the entry again).
        var instance = Instance("journey-early", Clock.UtcNow);
        await NewWorkIndex().LowerAsync(instance.InstanceId, Clock.UtcNow, Ct);
        Assert.Empty(await Store.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, Ct));
        await Container.CreateItemAsync(
            InstanceDocument.New(instance, [Start(instance, Clock.UtcNow)]), new PartitionKey(StoreLayout.InstancePartition(instance.InstanceId)));

        Clock.Advance(WorkIndex.MissingInstanceGrace);

        await LockOneAsync(instance.InstanceId);
    }

    [Fact]
    public async Task An_instance_created_while_a_worker_polls_is_handed_out_without_waiting()
    {
        var instance = Instance("journey-raced", Clock.UtcNow);
        await NewWorkIndex().LowerAsync(instance.InstanceId, Clock.UtcNow, Ct);
        Assert.Empty(await Store.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, Ct));

        // The creator's own create, which lowers the entry again once its document is written.
        await Store.CreateInstanceAsync(instance, Start(instance, Clock.UtcNow), ActiveStatuses, Ct);

        await LockOneAsync(instance.InstanceId);
    }

    [Fact]
    public async Task An_entry_whose_instance_never_appears_is_removed_at_the_second_look()
    {
        const string instanceId = "journey-never-created";
        await NewWorkIndex().LowerAsync(instanceId, Clock.UtcNow, Ct);

        await Store.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, Ct);
        Assert.NotNull(await NewWorkIndex().ReadAsync(instanceId, Ct));
        Clock.Advance(WorkIndex.MissingInstanceGrace);
        await Store.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, Ct);

        Assert.Null(await NewWorkIndex().ReadAsync(instanceId, Ct));
    }

    [Fact]
    public async Task Lowering_an_entry_that_is_due_already_still_defeats_a_raise_from_an_older_read()
    {
        const string instanceId = "journey-delivered";
        var index = NewWorkIndex();
        await index.LowerAsync(instanceId, Clock.UtcNow, Ct);
        var observedByCommittingWorker = await index.ReadAsync(instanceId, Ct);

        // A delivery adds work due later than the entry already is, then the worker deletes the entry it read before.
        await index.LowerAsync(instanceId, Clock.UtcNow + TimeSpan.FromMinutes(5), Ct);
        await index.SetAsync(instanceId, observedByCommittingWorker, dueAt: null, Ct);

        var entry = await index.ReadAsync(instanceId, Ct);
        Assert.NotNull(entry);
        Assert.Equal(StoreLayout.Sortable(Clock.UtcNow), entry.VisibleAt);
    }

    [Fact]
    public async Task A_raise_to_a_lease_end_read_while_the_lease_was_live_fails_once_the_holder_has_let_go()
    {
        var instance = await CreatePendingAsync("journey-leased");
        var workItem = await LockOneAsync(instance.InstanceId);
        await Store.SendMessagesAsync([Event(instance.InstanceId, "approval-1", Clock.UtcNow)], Ct);

        // The entry is due while the lease is live (a delivery lowered it after the lock), and a poller reads it so.
        var index = NewWorkIndex();
        await index.LowerAsync(instance.InstanceId, Clock.UtcNow, Ct);
        var readByPoller = (await index.ReadAsync(instance.InstanceId, Ct))!;

        // The holder commits a step that leaves the event waiting; the entry stays due now.
        await Store.CompleteOrchestrationAsync(workItem, Step(workItem, Clock.UtcNow), Ct);
        readByPoller.VisibleAt = StoreLayout.Sortable(workItem.LockedUntil);
        var raised = await new DocumentContainer(Container).ReplaceAsync(readByPoller, Ct);

        Assert.False(raised);
        var next = await LockOneAsync(instance.InstanceId);
        Assert.Equal("approval-1", Assert.Single(next.NewMessages).MessageId);
    }

    [Fact]
    public async Task A_set_aside_entry_is_due_again_as_soon_as_its_creator_lowers_it()
    {
        const string instanceId = "journey-set-aside";
        var index = NewWorkIndex();
        await index.LowerAsync(instanceId, Clock.UtcNow, Ct);
        await Store.LockNextOrchestrationsAsync("worker-a", 10, LockDuration, Ct);

        await index.LowerAsync(instanceId, Clock.UtcNow, Ct);

        var entry = await index.ReadAsync(instanceId, Ct);
        Assert.NotNull(entry);
        Assert.False(entry.InstanceMissing);
        Assert.Equal(StoreLayout.Sortable(Clock.UtcNow), entry.VisibleAt);
    }

    private WorkIndex NewWorkIndex() => new(new DocumentContainer(Container), StoreOptions.WorkBuckets);
}
