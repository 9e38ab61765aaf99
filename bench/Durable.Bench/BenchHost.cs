using MentorFlow.Durable.Client;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MentorFlow.Durable.Bench;

/// <summary>A host running the durable worker over one store, with the benchmark's orchestrators registered.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchHost(IHost host) => _host = host;

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    public IOrchestrationStore Store => _host.Services.GetRequiredService<IOrchestrationStore>();

    public static async Task<BenchHost> StartAsync(IOrchestrationStore store, int concurrency)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDurableTask(durable => durable
            .AddOrchestrator<FiveNoOps>()
            .AddOrchestrator<LongChain>()
            .AddOrchestrator<WaitAMonth>()
            .AddActivity<NoOp>()
            .UseStore(_ => store)
            .Configure(options =>
            {
                options.MaxConcurrentOrchestratorFunctions = concurrency;
                options.MaxConcurrentActivityFunctions = concurrency;
            }));
        var host = builder.Build();
        await host.StartAsync();
        return new BenchHost(host);
    }

    /// <summary>Starts <paramref name="count"/> instances, several at a time, with ids <c>{prefix}-{n}</c>.</summary>
    public Task ScheduleAsync(string orchestrator, string prefix, int count, int input)
        => Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = 32 },
            async (index, cancellationToken) => await Client.ScheduleNewOrchestrationInstanceAsync(
                orchestrator, input, new StartOrchestrationOptions($"{prefix}-{index:D6}"), cancellationToken));

    /// <summary>Waits until no instance is Pending (and, unless <paramref name="pendingOnly"/>, none is Running).</summary>
    public async Task WaitUntilSettledAsync(bool pendingOnly = false)
    {
        IReadOnlyCollection<OrchestrationRuntimeStatus> unsettled = pendingOnly
            ? [OrchestrationRuntimeStatus.Pending]
            : [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running];
        while ((await Store.QueryInstancesAsync(new Storage.InstanceQuery(unsettled, PageSize: 1), CancellationToken.None)).Instances.Count > 0)
        {
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
