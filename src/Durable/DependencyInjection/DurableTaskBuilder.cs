using MentorFlow.Durable.Client;
using MentorFlow.Durable.Client.Journal;
using MentorFlow.Durable.Engine;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MentorFlow.Durable.DependencyInjection;

/// <summary>Registers orchestrators and activities, chooses the store and configures the runtime.</summary>
public sealed class DurableTaskBuilder
{
    internal DurableTaskBuilder(IServiceCollection services, TaskRegistry registry)
    {
        Services = services;
        Registry = registry;
    }

    /// <summary>The service collection the runtime is registered in.</summary>
    public IServiceCollection Services { get; }

    internal TaskRegistry Registry { get; }

    /// <summary>
    /// Registers an orchestrator class under <paramref name="name"/>, or its <see cref="DurableTaskAttribute"/> name, or
    /// its class name. It is created from the service provider for every step.
    /// </summary>
    public DurableTaskBuilder AddOrchestrator<TOrchestrator>(string? name = null) where TOrchestrator : class, ITaskOrchestrator
    {
        Registry.AddOrchestrator(name ?? TaskRegistry.NameOf(typeof(TOrchestrator)), typeof(TOrchestrator));
        return this;
    }

    /// <summary>
    /// Registers an activity class under <paramref name="name"/>, or its <see cref="DurableTaskAttribute"/> name, or its
    /// class name. It is created from a service scope for every run, so it can take scoped services.
    /// </summary>
    public DurableTaskBuilder AddActivity<TActivity>(string? name = null) where TActivity : class, ITaskActivity
    {
        Registry.AddActivity(name ?? TaskRegistry.NameOf(typeof(TActivity)), typeof(TActivity));
        return this;
    }

    /// <summary>Uses this store instead of the default in-memory one.</summary>
    public DurableTaskBuilder UseStore(Func<IServiceProvider, IOrchestrationStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.Replace(ServiceDescriptor.Singleton(factory));
        return this;
    }

    /// <summary>
    /// Accepts starts that may never replace an instance into a <see cref="StartJournal"/> in the directory
    /// <paramref name="directory"/> returns, and applies them to the store in the background
    /// (<see cref="JournaledDurableTaskClient"/>, <see cref="StartJournalPump"/>). Call after <see cref="UseStore"/>.
    /// </summary>
    public DurableTaskBuilder UseStartJournal(Func<IServiceProvider, string> directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Services.TryAddSingleton(sp => new JournaledDurableTaskClient(
            DurableTaskServiceCollectionExtensions.CreateStoreClient(sp), directory(sp), sp.GetRequiredService<TimeProvider>()));
        Services.Replace(ServiceDescriptor.Singleton<DurableTaskClient>(sp => sp.GetRequiredService<JournaledDurableTaskClient>()));
        Services.AddHostedService(sp => new StartJournalPump(
            sp.GetRequiredService<JournaledDurableTaskClient>(),
            sp.GetRequiredService<IOptions<DurableTaskOptions>>().Value,
            sp.GetService<ILogger<StartJournalPump>>() ?? NullLogger<StartJournalPump>.Instance));
        return this;
    }

    /// <summary>Configures the runtime's options (validated at start-up).</summary>
    public DurableTaskBuilder Configure(Action<DurableTaskOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }
}
