using MentorFlow.Durable;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Tests.Support;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>
/// A fresh <see cref="CosmosOrchestrationStore"/> per test, in its own container of the test class's database on the
/// shared emulator, with builders for the records and messages the tests feed it.
/// </summary>
public abstract class CosmosStoreTestBase(CosmosEmulatorFixture emulator) : IAsyncLifetime
{
    protected static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(1);

    protected static readonly IReadOnlyCollection<OrchestrationRuntimeStatus> ActiveStatuses =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    private static readonly Dictionary<Type, string> DatabaseNames = [];
    private static int _containerCounter;

    protected static CancellationToken Ct => CancellationToken.None;

    protected ManualTimeProvider Clock { get; } = new();

    protected CosmosOrchestrationStore Store { get; private set; } = null!;

    protected CosmosOrchestrationStoreOptions StoreOptions { get; private set; } = null!;

    protected Container Container => emulator.Client.GetContainer(StoreOptions.DatabaseName, StoreOptions.ContainerName);

    public async Task InitializeAsync()
    {
        string database;
        lock (DatabaseNames)
        {
            if (!DatabaseNames.TryGetValue(GetType(), out database!))
            {
                database = emulator.NewDatabaseName(GetType().Name);
                DatabaseNames[GetType()] = database;
            }
        }

        StoreOptions = NewStoreOptions(database);
        Store = new CosmosOrchestrationStore(emulator.Client, StoreOptions, Clock);
        await Store.InitializeAsync(Ct);
    }

    /// <summary>Options for an empty store: a new container in <paramref name="database"/>.</summary>
    internal static CosmosOrchestrationStoreOptions NewStoreOptions(string database) => new()
    {
        DatabaseName = database,
        ContainerName = $"durable-{Interlocked.Increment(ref _containerCounter)}",
        WorkBuckets = 4,
    };

    public async Task DisposeAsync() => await Container.DeleteContainerAsync();

    protected static InstanceRecord Instance(string instanceId, DateTime createdAt, string executionId = "exec-1")
        => new(instanceId, "Onboarding", executionId, OrchestrationRuntimeStatus.Pending, createdAt, createdAt, Input: "\"input\"");

    protected static TaskMessage Start(InstanceRecord instance, DateTime at)
        => new($"start-{instance.ExecutionId}", instance.InstanceId, instance.ExecutionId,
            new ExecutionStartedEvent(-1, at, instance.Name, instance.ExecutionId, instance.Input));

    protected static TaskMessage Event(string instanceId, string messageId, DateTime at)
        => new(messageId, instanceId, null, new EventRaisedEvent(-1, at, "Approved", "true"));

    protected static ActivityTask Activity(InstanceRecord instance, int taskScheduledId)
        => new(ActivityTask.IdFor(instance.InstanceId, instance.ExecutionId, taskScheduledId), instance.InstanceId,
            instance.ExecutionId, taskScheduledId, "SendWelcome", $"\"input-{taskScheduledId}\"");

    protected static TaskMessage ResultOf(ActivityTask task, DateTime at)
        => new($"{task.TaskId}:result", task.InstanceId, task.ExecutionId, new TaskCompletedEvent(-1, at, task.TaskScheduledId, "\"done\""));

    /// <summary>A step that takes the work item's messages into history and leaves the instance Running.</summary>
    protected static OrchestrationStepResult Step(OrchestrationWorkItem workItem, DateTime at)
        => new(
            workItem.Instance with { Status = OrchestrationRuntimeStatus.Running, LastUpdatedAt = at },
            [new OrchestratorStartedEvent(-1, at), .. workItem.NewMessages.Select(message => message.Event)],
            ReplacesHistory: false,
            workItem.NewMessages.Select(message => message.MessageId).ToList(),
            [],
            []);

    protected async Task<InstanceRecord> CreatePendingAsync(string instanceId)
    {
        var instance = Instance(instanceId, Clock.UtcNow);
        Assert.Equal(CreateInstanceOutcome.Created, await Store.CreateInstanceAsync(instance, Start(instance, Clock.UtcNow), ActiveStatuses, Ct));
        return instance;
    }

    protected async Task<OrchestrationWorkItem> LockOneAsync(string instanceId, string workerId = "worker-a")
    {
        var workItem = Assert.Single(await Store.LockNextOrchestrationsAsync(workerId, 10, LockDuration, Ct));
        Assert.Equal(instanceId, workItem.Instance.InstanceId);
        return workItem;
    }

    protected async Task<IReadOnlyList<HistoryEvent>> HistoryOfAsync(string instanceId)
        => (await Store.GetInstanceAsync(instanceId, includeHistory: true, Ct))!.Value.History!;

    /// <summary>Reads the raw instance document, as a test that simulates a crash needs it.</summary>
    internal async Task<InstanceDocument> InstanceDocumentOfAsync(string instanceId)
    {
        var response = await Container.ReadItemAsync<InstanceDocument>(
            StoreLayout.InstanceDocumentId, new PartitionKey(StoreLayout.InstancePartition(instanceId)));
        response.Resource.ETag = response.ETag;
        return response.Resource;
    }
}
