using MentorFlow.Durable.Client;
using MentorFlow.Durable.Engine;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.InMemory;
using MentorFlow.Durable.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MentorFlow.Durable.DependencyInjection;

/// <summary>Adds the durable runtime (worker, client, store) to a service collection.</summary>
public static class DurableTaskServiceCollectionExtensions
{
    /// <summary>
    /// Adds the worker (a hosted service), <see cref="DurableTaskClient"/> and, unless
    /// <see cref="DurableTaskBuilder.UseStore"/> says otherwise, the in-memory store. Time comes from the registered
    /// <see cref="TimeProvider"/> (the system clock unless one is registered). Calling it again adds to the same registry.
    /// </summary>
    public static DurableTaskBuilder AddDurableTask(this IServiceCollection services, Action<DurableTaskBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        TaskRegistry? registry = services
            .Where(d => d.ServiceType == typeof(TaskRegistry))
            .Select(d => d.ImplementationInstance)
            .OfType<TaskRegistry>()
            .FirstOrDefault();
        if (registry is null)
        {
            registry = new TaskRegistry();
            services.AddSingleton(registry);
            services.TryAddSingleton(TimeProvider.System);
            services.AddOptions<DurableTaskOptions>().ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DurableTaskOptions>, DurableTaskOptionsValidator>());
            services.TryAddSingleton<IOrchestrationStore>(sp => new InMemoryOrchestrationStore(sp.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<WorkSignal>();
            services.TryAddSingleton(sp => new StoreInitializer(sp.GetRequiredService<IOrchestrationStore>()));
            services.TryAddSingleton<DurableTaskClient>(CreateStoreClient);
            services.AddHostedService(sp => new DurableTaskWorker(
                sp.GetRequiredService<IOrchestrationStore>(),
                sp.GetRequiredService<IOptions<DurableTaskOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp,
                sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
                registry,
                sp.GetRequiredService<WorkSignal>(),
                sp.GetRequiredService<StoreInitializer>()));
        }

        var builder = new DurableTaskBuilder(services, registry);
        configure?.Invoke(builder);
        return builder;
    }

    internal static StoreDurableTaskClient CreateStoreClient(IServiceProvider sp) => new(
        sp.GetRequiredService<IOrchestrationStore>(),
        sp.GetRequiredService<TimeProvider>(),
        sp.GetRequiredService<WorkSignal>(),
        sp.GetRequiredService<StoreInitializer>(),
        sp.GetRequiredService<IOptions<DurableTaskOptions>>().Value.ClientPollingInterval);
}
