using MentorFlow.Durable.Client;
using MentorFlow.Durable.CrashHost;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Runs a fixed set of orchestrations over a SQLite file until all of them have completed. It may be killed at any
// moment and started again: it starts only the instances that do not exist yet, and the store carries the rest.
var settings = CrashRunSettings.Parse(args);

var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Services.AddSingleton(new StepJournal(settings.JournalPath));
builder.Services.AddDurableTask(durable => durable
    .AddOrchestrator<StepChain>()
    .AddActivity<RecordStep>()
    .UseStore(services => new SqliteOrchestrationStore(settings.DatabasePath, services.GetRequiredService<TimeProvider>()))
    .Configure(options =>
    {
        // Short leases: work a killed process held is taken over soon after the restart.
        options.LockDuration = TimeSpan.FromSeconds(2);
        // Each kill counts as a failed attempt for whatever was in flight; the poison bound must not end the test.
        options.MaxDequeueCount = 100;
        options.MinPollingInterval = TimeSpan.FromMilliseconds(5);
        options.MaxPollingInterval = TimeSpan.FromMilliseconds(50);
    }));

using var host = builder.Build();
var client = host.Services.GetRequiredService<DurableTaskClient>();
await Parallel.ForEachAsync(settings.InstanceIds, async (instanceId, cancellationToken) =>
{
    if (await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken) is null)
    {
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(StepChain), settings.Steps, new StartOrchestrationOptions(instanceId), cancellationToken);
    }
});

await host.StartAsync();
Console.WriteLine("ready");
foreach (var instanceId in settings.InstanceIds)
{
    await client.WaitForInstanceCompletionAsync(instanceId);
}

Console.WriteLine("all completed");
await host.StopAsync();
