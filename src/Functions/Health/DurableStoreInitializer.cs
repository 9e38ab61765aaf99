using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Functions.Health;

/// <summary>
/// Brings the orchestration store up in the background, so the server answers <c>/health</c> with 503 meanwhile
/// instead of refusing connections. It asks the client for one instance: the client initialises the store (once
/// per process, shared with the worker), and an answer proves the store can serve. A store that cannot be brought
/// up stops the host.
/// </summary>
public sealed partial class DurableStoreInitializer(
    DurableTaskClient client, DurableStoreReadiness readiness, ILogger<DurableStoreInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Running instances only: a query that could list Pending ones would first create in the store every start
        // still in the start journal (after a restart, thousands), one by one; the journal's pump does that in batches.
        await client.GetInstancesAsync(new InstanceQuery(Statuses: [OrchestrationRuntimeStatus.Running], PageSize: 1), stoppingToken);
        readiness.MarkReady();
        LogStoreReady(logger);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "The orchestration store is ready")]
    private static partial void LogStoreReady(ILogger logger);
}
