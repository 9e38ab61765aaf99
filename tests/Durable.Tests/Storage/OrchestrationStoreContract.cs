using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Tests.Support;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>
/// The guarantees of <see cref="IOrchestrationStore"/>, checked the same way for every store. A store's test class
/// derives from this and says how to create the store over the given clock. The tests are split by area into the
/// partial files beside this one.
/// </summary>
public abstract partial class OrchestrationStoreContract : IAsyncLifetime
{
    protected static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(1);

    protected static readonly IReadOnlyCollection<OrchestrationRuntimeStatus> ActiveStatuses =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    protected static CancellationToken Ct => CancellationToken.None;

    protected ManualTimeProvider Clock { get; } = new();

    protected IOrchestrationStore Store { get; private set; } = null!;

    /// <summary>Creates a fresh, empty store that reads time from <paramref name="clock"/>.</summary>
    protected abstract IOrchestrationStore CreateStore(TimeProvider clock);

    public async Task InitializeAsync()
    {
        Store = CreateStore(Clock);
        await Store.InitializeAsync(Ct);
    }

    public virtual async Task DisposeAsync()
    {
        switch (Store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    [Fact]
    public async Task InitializeAsync_can_be_called_again()
    {
        await CreatePendingAsync("inst-1");

        await Store.InitializeAsync(Ct);

        Assert.NotNull(await Store.GetInstanceAsync("inst-1", includeHistory: false, Ct));
    }

    /// <summary>Creates a Pending instance with its start message (visible at once unless <paramref name="startAt"/>).</summary>
    protected async Task<InstanceRecord> CreatePendingAsync(string instanceId, DateTime? startAt = null, string name = OrchestratorName)
    {
        var instance = Instance(instanceId, Clock.UtcNow, name: name) with { ScheduledStartAt = startAt };
        var outcome = await Store.CreateInstanceAsync(instance, Start(instance, Clock.UtcNow, startAt), ActiveStatuses, Ct);
        Assert.Equal(CreateInstanceOutcome.Created, outcome);
        return instance;
    }

    /// <summary>Creates an instance and commits its first step, leaving it in <paramref name="status"/> with no work.</summary>
    protected async Task<InstanceRecord> CreateStartedAsync(
        string instanceId,
        OrchestrationRuntimeStatus status = OrchestrationRuntimeStatus.Running,
        string name = OrchestratorName,
        string? output = null)
    {
        await CreatePendingAsync(instanceId, name: name);
        var workItem = await LockOneAsync(instanceId);
        var step = Step(workItem, Clock.UtcNow, status);
        step = step with { Instance = step.Instance with { Output = output } };
        await Store.CompleteOrchestrationAsync(workItem, step, Ct);
        return step.Instance;
    }

    /// <summary>Locks exactly one orchestration work item, failing the test when there is none or another one.</summary>
    protected async Task<OrchestrationWorkItem> LockOneAsync(string instanceId, string workerId = "worker-a")
    {
        var workItems = await Store.LockNextOrchestrationsAsync(workerId, 10, LockDuration, Ct);
        var workItem = Assert.Single(workItems);
        Assert.Equal(instanceId, workItem.Instance.InstanceId);
        return workItem;
    }

    protected async Task AssertNoOrchestrationWorkAsync(string workerId = "worker-b")
        => Assert.Empty(await Store.LockNextOrchestrationsAsync(workerId, 10, LockDuration, Ct));

    protected async Task AssertNoActivityWorkAsync(string workerId = "worker-b")
        => Assert.Empty(await Store.LockNextActivitiesAsync(workerId, 10, LockDuration, Ct));

    protected async Task<IReadOnlyList<History.HistoryEvent>> HistoryOfAsync(string instanceId)
    {
        var stored = await Store.GetInstanceAsync(instanceId, includeHistory: true, Ct);
        Assert.NotNull(stored);
        Assert.NotNull(stored.Value.History);
        return stored.Value.History;
    }

    protected async Task<InstanceRecord> RecordOfAsync(string instanceId)
    {
        var stored = await Store.GetInstanceAsync(instanceId, includeHistory: false, Ct);
        Assert.NotNull(stored);
        return stored.Value.Instance;
    }
}
