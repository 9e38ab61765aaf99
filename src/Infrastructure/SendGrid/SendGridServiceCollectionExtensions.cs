using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.SendGrid;

public static class SendGridServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SendGridMailClient"/> as a typed <see cref="HttpClient"/> client, with its settings
    /// bound from the <c>SendGrid</c> section and validated when the host starts.
    /// </summary>
    public static IServiceCollection AddSendGridMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SendGridOptions>().Bind(configuration.GetSection(SendGridOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SendGridOptions>, SendGridOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // Each attempt has its own timeout (SendGrid__AttemptTimeout); the client-wide one would cut across retries.
        services.AddHttpClient<SendGridMailClient>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }

    /// <summary>
    /// Registers <see cref="SendGridEventWebhookReceiver"/> with its settings from <c>SendGrid:EventWebhook</c>
    /// and the in-memory deduplicator unless a persistent one is registered first.
    /// </summary>
    public static IServiceCollection AddSendGridEventWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SendGridEventWebhookOptions>().Bind(configuration.GetSection(SendGridEventWebhookOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SendGridEventWebhookOptions>, SendGridEventWebhookOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEventDeduplicator>(_ => new InMemoryEventDeduplicator());
        services.TryAddSingleton<SendGridEventWebhookReceiver>();
        return services;
    }
}
