using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GraphMeetingCalendar"/> with its settings bound from the <c>Graph</c> section and
    /// validated when the host starts; the Graph client authenticates with the app's client secret.
    /// </summary>
    public static IServiceCollection AddGraphCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(provider => GraphClientBuilder.Create(provider.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.TryAddSingleton<GraphMeetingCalendar>();
        return services;
    }
}
