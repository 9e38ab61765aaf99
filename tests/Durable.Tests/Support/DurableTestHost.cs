using MentorFlow.Durable.Client;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MentorFlow.Durable.Tests.Support;

/// <summary>
/// A real host running the durable worker over a store, on a manual clock, with tiny polling intervals. Tests drive
/// orchestrations through its client, as an application would.
/// </summary>
public sealed class DurableTestHost : IAsyncDisposable
{
    /// <summary>How long a test waits for something before it fails (a guard against hangs, not an assertion on time).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly IHost _host;

    private DurableTestHost(IHost host, ManualTimeProvider clock)
    {
        _host = host;
        Clock = clock;
    }

    public ManualTimeProvider Clock { get; }

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    public IOrchestrationStore Store => _host.Services.GetRequiredService<IOrchestrationStore>();

    public IServiceProvider Services => _host.Services;

    public static async Task<DurableTestHost> StartAsync(
        Action<DurableTaskBuilder> configure,
        IOrchestrationStore? store = null,
        ManualTimeProvider? clock = null,
        Action<IServiceCollection>? services = null)
    {
        clock ??= new ManualTimeProvider();
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(clock);
        services?.Invoke(builder.Services);
        DurableTaskBuilder durable = builder.Services.AddDurableTask(configure).Configure(options =>
        {
            options.MinPollingInterval = TimeSpan.FromMilliseconds(1);
            options.MaxPollingInterval = TimeSpan.FromMilliseconds(10);
            options.ClientPollingInterval = TimeSpan.FromMilliseconds(5);
        });
        ManualTimeProvider storeClock = clock;
        durable.UseStore(_ => store ?? new InMemoryOrchestrationStore(storeClock));
        IHost host = builder.Build();
        await host.StartAsync();
        return new DurableTestHost(host, clock);
    }

    public async Task<string> StartAsync(string orchestratorName, object? input = null, string? instanceId = null)
        => await Client.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, new StartOrchestrationOptions(instanceId));

    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId)
    {
        using var patience = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, patience.Token);
    }

    /// <summary>Waits until the instance's history holds an event matching <paramref name="condition"/> (for example a timer created).</summary>
    public async Task<IReadOnlyList<HistoryEvent>> WaitForHistoryAsync(string instanceId, Func<IReadOnlyList<HistoryEvent>, bool> condition)
        => (await WaitForAsync(instanceId, m => m.History is { } history && condition(history), getHistory: true)).History!;

    public Task<OrchestrationMetadata> WaitForStatusAsync(string instanceId, OrchestrationRuntimeStatus status)
        => WaitForAsync(instanceId, m => m.RuntimeStatus == status, getHistory: false);

    public async Task<OrchestrationMetadata> WaitForAsync(string instanceId, Func<OrchestrationMetadata, bool> condition, bool getHistory = true)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            OrchestrationMetadata? metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, getHistory, patience.Token);
            if (metadata is not null && condition(metadata))
            {
                return metadata;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(2), patience.Token);
        }
    }

    /// <summary>Lets the worker poll the store a few times (it polls every 10 ms at most when idle).</summary>
    public static Task WaitForPollsAsync() => Task.Delay(TimeSpan.FromMilliseconds(60));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
