using MentorFlow.Infrastructure.Cosmos.Mentoring;

namespace MentorFlow.Functions.Health;

/// <summary>
/// Creates the domain data's Cosmos DB containers in the background at start-up, so the server answers
/// <c>/health</c> with 503 meanwhile (see <see cref="MentoringContainersHealthCheck"/>). A store asked before then
/// waits for the same creation. Containers that cannot be created or read stop the host.
/// </summary>
public sealed partial class MentoringContainersInitializer(
    CosmosMentoringDatabase database, ILogger<MentoringContainersInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.EnsureCreatedAsync(stoppingToken);
        LogContainersReady(logger, database.Name);
    }

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "The mentoring containers of Cosmos DB database {Database} are ready")]
    private static partial void LogContainersReady(ILogger logger, string database);
}
