using MentorFlow.Durable;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Tests.Support;
using MentorFlow.Infrastructure.Cosmos.Orchestration;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>The durable runtime's real host running orchestrations to completion on the Cosmos store.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosDurableHostTests(CosmosEmulatorFixture emulator) : IAsyncLifetime
{
    private readonly string _database = emulator.NewDatabaseName(nameof(CosmosDurableHostTests));
    private readonly ManualTimeProvider _clock = new();
    private DurableTestHost _host = null!;

    public async Task InitializeAsync()
    {
        var store = new CosmosOrchestrationStore(emulator.Client, CosmosStoreTestBase.NewStoreOptions(_database), _clock);
        _host = await DurableTestHost.StartAsync(
            builder => builder.AddOrchestrator<ReviewCycle>().AddActivity<Append>(), store, _clock);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await emulator.Client.GetDatabase(_database).DeleteAsync();
    }

    [Fact]
    public async Task An_orchestration_with_five_activities_a_timer_and_an_external_event_runs_to_completion()
    {
        var instanceId = await _host.StartAsync(nameof(ReviewCycle), "start", "cycle-1");

        await _host.WaitForHistoryAsync(instanceId, history => history.OfType<TimerCreatedEvent>().Any());
        _clock.Advance(ReviewCycle.WaitBeforeReview + TimeSpan.FromSeconds(1));
        await _host.WaitForHistoryAsync(instanceId, history => history.OfType<TimerFiredEvent>().Any());
        await _host.Client.RaiseEventAsync(instanceId, ReviewCycle.ApprovalEvent, "approved");
        var done = await _host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("start-1-2-3-4-approved-5", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Several_orchestrations_started_together_all_complete()
    {
        var instanceIds = new List<string>();
        for (var number = 1; number <= 5; number++)
        {
            instanceIds.Add(await _host.StartAsync(nameof(ReviewCycle), $"journey{number}", $"journey-{number}"));
        }

        foreach (var instanceId in instanceIds)
        {
            await _host.WaitForHistoryAsync(instanceId, history => history.OfType<TimerCreatedEvent>().Any());
        }

        _clock.Advance(ReviewCycle.WaitBeforeReview + TimeSpan.FromSeconds(1));
        foreach (var instanceId in instanceIds)
        {
            await _host.Client.RaiseEventAsync(instanceId, ReviewCycle.ApprovalEvent, "ok");
        }

        foreach (var (instanceId, number) in instanceIds.Select((id, index) => (id, index + 1)))
        {
            var done = await _host.WaitForCompletionAsync(instanceId);
            Assert.Equal($"journey{number}-1-2-3-4-ok-5", done.ReadOutputAs<string>());
        }
    }

    /// <summary>Two activities, a durable timer, two more, an approval event, and a last activity.</summary>
    private sealed class ReviewCycle : TaskOrchestrator<string, string>
    {
        public const string ApprovalEvent = "ReviewApproved";

        public static readonly TimeSpan WaitBeforeReview = TimeSpan.FromDays(14);

        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            var text = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(input, "1"));
            text = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(text, "2"));
            await context.CreateTimer(WaitBeforeReview, CancellationToken.None);
            text = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(text, "3"));
            text = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(text, "4"));
            var approval = await context.WaitForExternalEvent<string>(ApprovalEvent);
            return await context.CallActivityAsync<string>(nameof(Append), new AppendInput($"{text}-{approval}", "5"));
        }
    }

    private sealed record AppendInput(string Text, string Suffix);

    private sealed class Append : TaskActivity<AppendInput, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, AppendInput input) => Task.FromResult($"{input.Text}-{input.Suffix}");
    }
}
