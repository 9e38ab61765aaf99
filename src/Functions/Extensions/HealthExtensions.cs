using MentorFlow.Functions.Health;

namespace MentorFlow.Functions.Extensions;

public static class HealthExtensions
{
    public const string HealthPath = "/health";

    /// <summary>Reports the host ready once the orchestration store is initialised.</summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DurableStoreReadiness>();
        builder.Services.AddHostedService<DurableStoreInitializer>();
        builder.Services.AddHealthChecks().AddCheck<DurableStoreHealthCheck>("durable-store");
        return builder;
    }

    /// <summary><c>GET /health</c>: 200 when ready, 503 before; no key needed.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(HealthPath).AllowAnonymous();
        return endpoints;
    }
}
