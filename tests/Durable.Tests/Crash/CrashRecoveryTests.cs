using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Tests.Support;
using Xunit.Abstractions;

namespace MentorFlow.Durable.Tests.Crash;

/// <summary>
/// Kills a worker process with SIGKILL at random moments while it runs orchestrations over a SQLite file, starts it
/// again, and checks that in the end every orchestration completed with each step committed exactly once, while
/// activities ran at least once.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Instances = 100;
    private const int Steps = 4;
    private const int Kills = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Orchestrations_killed_at_random_moments_all_complete_with_each_step_committed_once()
    {
        var directory = TempDirectory.Create();
        try
        {
            var database = Path.Combine(directory, "crash.db");
            var journal = Path.Combine(directory, "journal.txt");
            using var patience = new CancellationTokenSource(Patience);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var completedAfterFirstKill = -1;

            for (var kill = 0; kill < Kills; kill++)
            {
                // Each kill lands at a random point of the work: after a random number of further activity runs,
                // and a random moment after that. Every kill point is below the total number of steps.
#pragma warning disable CA5394 // The kill moment only needs to be unpredictable to the process, not secure.
                var killAfterRuns = (kill + 1) * (Instances * Steps / (Kills + 2)) + Random.Shared.Next(0, 20);
                var extraDelay = TimeSpan.FromMilliseconds(Random.Shared.Next(0, 30));
#pragma warning restore CA5394
                using var host = CrashHostProcess.Start(database, journal, Instances, Steps);
                await host.WaitUntilReadyAsync(patience.Token);
                await WaitForJournalAsync(journal, killAfterRuns, patience.Token);
                await Task.Delay(extraDelay, patience.Token);
                host.Kill();
                await host.WaitForExitAsync(patience.Token);
                output.WriteLine($"kill {kill + 1} after {killAfterRuns} activity runs and {extraDelay.TotalMilliseconds:F0} ms ({started.Elapsed.TotalSeconds:F1} s into the test)");
                if (kill == 0)
                {
                    completedAfterFirstKill = await CountCompletedAsync(database);
                }
            }

            var completedBeforeLastRun = await CountCompletedAsync(database);
            output.WriteLine($"{completedBeforeLastRun} of {Instances} completed before the last run");
            using (var host = CrashHostProcess.Start(database, journal, Instances, Steps))
            {
                await host.WaitForExitAsync(patience.Token);
                Assert.True(host.ExitCode == 0, string.Join(Environment.NewLine, host.Errors));
            }

            output.WriteLine($"the last run completed everything {started.Elapsed.TotalSeconds:F1} s into the test");

            // The first kill comes a seventh of the way through the work, so it interrupts work in progress; the last
            // ones, near the end, can find a fast process already done.
            Assert.True(completedAfterFirstKill < Instances, $"the first kill interrupted work in progress ({completedAfterFirstKill} of {Instances} completed)");
            await AssertEveryStepCommittedOnceAsync(database);
            AssertEveryActivityRanAtLeastOnce(journal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WaitForJournalAsync(string journal, int runs, CancellationToken cancellationToken)
    {
        while (!File.Exists(journal) || (await File.ReadAllBytesAsync(journal, cancellationToken)).Count(b => b == (byte)'\n') < runs)
        {
            await Task.Delay(5, cancellationToken);
        }
    }

    private static async Task<int> CountCompletedAsync(string database)
    {
        using var store = new SqliteOrchestrationStore(database, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        var page = await store.QueryInstancesAsync(
            new InstanceQuery(Statuses: [OrchestrationRuntimeStatus.Completed], PageSize: Instances), CancellationToken.None);
        return page.Instances.Count;
    }

    private static async Task AssertEveryStepCommittedOnceAsync(string database)
    {
        using var store = new SqliteOrchestrationStore(database, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        var expectedScheduledIds = Enumerable.Range(0, Steps).ToList();
        for (var index = 0; index < Instances; index++)
        {
            var instanceId = $"chain-{index:D3}";
            var stored = await store.GetInstanceAsync(instanceId, includeHistory: true, CancellationToken.None);
            Assert.NotNull(stored);
            var (instance, history) = stored.Value;
            Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.Status);
            Assert.Equal((Steps * (Steps + 1) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), instance.Output);

            Assert.Single(history!.OfType<ExecutionStartedEvent>());
            Assert.Single(history!.OfType<ExecutionCompletedEvent>());
            Assert.Equal(expectedScheduledIds, history!.OfType<TaskScheduledEvent>().Select(scheduled => scheduled.EventId).Order());
            Assert.Equal(expectedScheduledIds, history!.OfType<TaskCompletedEvent>().Select(completed => completed.TaskScheduledId).Order());
        }

        await AssertNoWorkLeftAsync(store);
    }

    private static async Task AssertNoWorkLeftAsync(IOrchestrationStore store)
    {
        Assert.Empty(await store.LockNextActivitiesAsync("checker", 10, TimeSpan.FromHours(1), CancellationToken.None));
    }

    private void AssertEveryActivityRanAtLeastOnce(string journal)
    {
        var runs = File.ReadAllLines(journal)
            .Select(line => line.Split(','))
            .GroupBy(parts => (Instance: parts[0], Step: int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(group => group.Key, group => group.Count());
        var expected = Enumerable.Range(0, Instances)
            .SelectMany(index => Enumerable.Range(1, Steps).Select(step => (Instance: $"chain-{index:D3}", Step: step)))
            .ToHashSet();

        Assert.Equal(expected, runs.Keys.ToHashSet());
        output.WriteLine($"{runs.Values.Sum()} activity runs for {expected.Count} steps ({runs.Count(run => run.Value > 1)} steps ran again after a kill)");
    }
}
