using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorFlow.Functions.Health;

/// <summary>Healthy once the orchestration store is initialised; unhealthy (HTTP 503) before.</summary>
public sealed class DurableStoreHealthCheck(DurableStoreReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("The orchestration store is ready.")
            : HealthCheckResult.Unhealthy("The orchestration store is still initialising."));
}
