using MentorFlow.Infrastructure.Cosmos.Mentoring;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorFlow.Functions.Health;

/// <summary>Healthy once the domain data's Cosmos DB containers exist; unhealthy (HTTP 503) before.</summary>
public sealed class MentoringContainersHealthCheck(CosmosMentoringDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(database.IsReady
            ? HealthCheckResult.Healthy("The mentoring containers are ready.")
            : HealthCheckResult.Unhealthy("The mentoring containers are still being created."));
}
