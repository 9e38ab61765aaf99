using MentorFlow.Functions.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorFlow.Functions.Tests.Health;

public sealed class DurableStoreHealthCheckTests
{
    [Fact]
    public async Task The_host_is_unhealthy_until_the_store_is_ready_and_healthy_after()
    {
        var readiness = new DurableStoreReadiness();
        var check = new DurableStoreHealthCheck(readiness);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        readiness.MarkReady();
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }
}
