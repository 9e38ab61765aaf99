using System.Diagnostics;
using System.Globalization;
using MentorFlow.Durable;
using MentorFlow.Durable.Bench;
using MentorFlow.Durable.Storage.InMemory;
using MentorFlow.Durable.Storage.Sqlite;

// Usage: dotnet run -c Release --project bench/Durable.Bench -- [orchestrations] [concurrency] [waiting timers]
var orchestrations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var timers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
var directory = Path.Combine(Path.GetTempPath(), "mentorflow-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(directory);
try
{
    Console.WriteLine($"Synced single-row SQLite commits: {SyncedCommitBenchmark.CommitsPerSecond(directory, 3000):F0}/s");

    using (var store = new SqliteOrchestrationStore(Path.Combine(directory, "throughput.db"), TimeProvider.System))
    {
        await using var host = await BenchHost.StartAsync(store, concurrency);
        // Warm-up: tiered compilation recompiles every hot method twice (instrumented, then optimized); that cost
        // belongs to start-up, not to the steady state measured below.
        await host.ScheduleAsync(nameof(FiveNoOps), "warm-up", Math.Max(500, orchestrations / 2), 0);
        await host.WaitUntilSettledAsync();
        using var counter = new CommitCounter();
        var (commitsBefore, writesBefore) = (counter.Commits, counter.Writes);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await host.ScheduleAsync(nameof(FiveNoOps), "run", orchestrations, 0);
        await host.WaitUntilSettledAsync();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var (commits, writes) = (counter.Commits - commitsBefore, counter.Writes - writesBefore);
        Console.WriteLine(
            $"{orchestrations} orchestrations x 5 sequential no-op activities on SQLite (WAL, synchronous=FULL), concurrency {concurrency}: " +
            $"{seconds:F2} s, {orchestrations / seconds:F0} orchestrations/s");
        Console.WriteLine(
            $"  {commits} synced commits ({(double)commits / orchestrations:F2} per orchestration, {(double)writes / commits:F1} writes each); " +
            $"CPU {cpu:F2} s = {cpu / orchestrations * 1000:F2} ms per orchestration " +
            $"(CPU-bound ceiling on {Environment.ProcessorCount} idle cores: {Environment.ProcessorCount * orchestrations / cpu:F0}/s)");
    }

    using (var store = new SqliteOrchestrationStore(Path.Combine(directory, "timers.db"), TimeProvider.System))
    {
        await using var host = await BenchHost.StartAsync(store, concurrency);
        var before = MemorySnapshot.Take();
        await host.ScheduleAsync(nameof(WaitAMonth), "timer", timers, 0);
        await host.WaitUntilSettledAsync(pendingOnly: true);
        var waiting = MemorySnapshot.Take();
        var running = await host.Store.QueryInstancesAsync(
            new MentorFlow.Durable.Storage.InstanceQuery([OrchestrationRuntimeStatus.Running], PageSize: timers + 1), CancellationToken.None);
        Console.WriteLine($"Before starting {timers} timer instances: {before}");
        Console.WriteLine($"With {running.Instances.Count} instances Running, each waiting on a 30-day timer: {waiting}");
    }

    var timing = new StepTimingStore(new InMemoryOrchestrationStore(TimeProvider.System));
    await using (var host = await BenchHost.StartAsync(timing, concurrency))
    {
        await host.ScheduleAsync(nameof(LongChain), "chain", 3, 350);
        await host.WaitUntilSettledAsync();
    }

    foreach (var length in new[] { 10, 100, 1000 })
    {
        var near = timing.Steps
            .Where(step => Math.Abs(step.HistoryLength - length) <= Math.Max(2, length / 20))
            .Select(step => step.Elapsed.TotalMicroseconds)
            .Order()
            .ToList();
        var median = near.Count == 0 ? double.NaN : near[near.Count / 2];
        Console.WriteLine($"Replay + step at ~{length} history events: median {median:F0} us over {near.Count} steps");
    }
}
finally
{
    Directory.Delete(directory, recursive: true);
}
