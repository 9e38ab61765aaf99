using MentorFlow.Functions.Hosting;
using MentorFlow.Functions.Webhooks;
using MentorFlow.Infrastructure.Cosmos;
using MentorFlow.Infrastructure.Cosmos.Webhooks;
using MentorFlow.Infrastructure.SendGrid;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using MentorFlow.Infrastructure.Sqlite;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class SendGridEventExtensions
{
    /// <summary>
    /// SendGrid's signed Event Webhook when <c>SendGrid__EventWebhook__VerificationKey</c> is set (its settings are then
    /// validated at start-up): the receiver, the handling of undeliverable addresses, and the record of handled events
    /// beside the other data: the <c>sendgrid-events</c> container when Cosmos DB is configured, otherwise a table in
    /// the embedded SQLite file. Without the key nothing is registered and the endpoint is not mapped.
    /// </summary>
    public static IHostApplicationBuilder AddSendGridEvents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsEventWebhookConfigured(builder.Configuration))
        {
            return builder;
        }

        var services = builder.Services;
        if (DurableRuntimeExtensions.IsCosmosDbConfigured(builder.Configuration))
        {
            services.AddSingleton<IEventDeduplicator>(sp => new CosmosEventDeduplicator(
                sp.GetRequiredService<CosmosClient>(),
                sp.GetRequiredService<IOptions<CosmosDbOptions>>().Value.Database!,
                Retention(sp),
                sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            services.AddSingleton<IEventDeduplicator>(sp => new SqliteEventDeduplicator(
                Path.Combine(sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath, DurableRuntimeExtensions.DatabaseFileName),
                Retention(sp),
                sp.GetRequiredService<TimeProvider>()));
        }

        services.AddSendGridEventWebhook(builder.Configuration);
        services.AddScoped<UndeliverableAddresses>();
        return builder;
    }

    /// <summary>Maps <c>POST /api/webhooks/sendgrid/events</c> when <see cref="AddSendGridEvents"/> registered the webhook.</summary>
    public static IEndpointRouteBuilder MapSendGridEvents(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (IsEventWebhookConfigured(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            endpoints.MapPost(SendGridEventsEndpoint.Route, SendGridEventsEndpoint.PostAsync).AllowAnonymous();
        }

        return endpoints;
    }

    internal static bool IsEventWebhookConfigured(IConfiguration configuration)
        => OptionalSection.IsInUse(configuration, SendGridEventWebhookOptions.SectionName, nameof(SendGridEventWebhookOptions.VerificationKey));

    private static TimeSpan Retention(IServiceProvider services)
        => services.GetRequiredService<IOptions<SendGridEventWebhookOptions>>().Value.DedupeRetention;
}
