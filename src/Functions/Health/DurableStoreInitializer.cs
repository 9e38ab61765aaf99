using MentorFlow.Durable.Storage;

namespace MentorFlow.Functions.Health;

/// <summary>
/// Initialises the orchestration store in the background, so the server answers <c>/health</c> with 503 meanwhile
/// instead of refusing connections. A store that cannot be initialised stops the host.
/// </summary>
public sealed partial class DurableStoreInitializer(
    IOrchestrationStore store, DurableStoreReadiness readiness, ILogger<DurableStoreInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.InitializeAsync(stoppingToken);
        readiness.MarkReady();
        LogStoreReady(logger, store.GetType().Name);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Orchestration store {StoreType} is ready")]
    private static partial void LogStoreReady(ILogger logger, string storeType);
}
