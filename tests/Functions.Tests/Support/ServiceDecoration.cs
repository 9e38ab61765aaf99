using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>Wraps the service the host registered last for a type, whether registered by type or by factory.</summary>
public static class ServiceDecoration
{
    public static void Decorate<TService>(this IServiceCollection services, Func<TService, TService> decorate)
        where TService : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(TService));
        services.Replace(ServiceDescriptor.Singleton(sp => decorate((TService)(registered.ImplementationFactory is { } create
            ? create(sp)
            : registered.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)))));
    }
}
