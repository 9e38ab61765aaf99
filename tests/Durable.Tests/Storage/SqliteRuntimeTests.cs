using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>The runtime's worker and client over the SQLite store, as the embedded default runs them.</summary>
public sealed class SqliteRuntimeTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create();

    [Fact]
    public async Task An_orchestration_of_five_activities_completes_with_each_step_once_in_its_history()
    {
        await using var host = await StartHostAsync(new ManualTimeProvider());

        var instanceId = await host.StartAsync(nameof(Chain), 5);
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(15, done.ReadOutputAs<int>());
        var history = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
        Assert.Equal([0, 1, 2, 3, 4], history.OfType<TaskScheduledEvent>().Select(scheduled => scheduled.EventId).Order());
    }

    [Fact]
    public async Task A_timer_a_month_ahead_fires_once_the_clock_passes_it()
    {
        var clock = new ManualTimeProvider();
        await using var host = await StartHostAsync(clock);

        var instanceId = await host.StartAsync(nameof(WaitAMonth));
        await host.WaitForHistoryAsync(instanceId, history => history.OfType<TimerCreatedEvent>().Any());
        clock.Advance(TimeSpan.FromDays(30));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Single((await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!.OfType<TimerFiredEvent>());
    }

    [Fact]
    public async Task A_raised_event_reaches_the_orchestration_waiting_for_it()
    {
        await using var host = await StartHostAsync(new ManualTimeProvider());
        var instanceId = await host.StartAsync(nameof(WaitForApproval));
        await host.WaitForStatusAsync(instanceId, OrchestrationRuntimeStatus.Running);

        await host.Client.RaiseEventAsync(instanceId, "Approved", "yes");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal("approved: yes", done.ReadOutputAs<string>());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<DurableTestHost> StartHostAsync(ManualTimeProvider clock) => DurableTestHost.StartAsync(
        durable => durable.AddOrchestrator<Chain>().AddOrchestrator<WaitAMonth>().AddOrchestrator<WaitForApproval>().AddActivity<Echo>(),
        new SqliteOrchestrationStore(Path.Combine(_directory, "runtime.db"), clock),
        clock);

    private sealed class Chain : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            var sum = 0;
            for (var step = 1; step <= input; step++)
            {
                sum += await context.CallActivityAsync<int>(nameof(Echo), step);
            }

            return sum;
        }
    }

    private sealed class WaitAMonth : TaskOrchestrator<object?, bool>
    {
        public override async Task<bool> RunAsync(TaskOrchestrationContext context, object? input)
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddDays(30), CancellationToken.None);
            return true;
        }
    }

    private sealed class WaitForApproval : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
            => $"approved: {await context.WaitForExternalEvent<string>("Approved")}";
    }

    private sealed class Echo : TaskActivity<int, int>
    {
        public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
    }
}
