using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage.InMemory;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Orchestrations;

/// <summary>
/// An instance starts on one host with the original code; a second host over the same store runs changed code
/// under the same name, as after a deployment.
/// </summary>
public sealed class NonDeterminismTests
{
    private const string Name = "Fulfilment";

    [Fact]
    public async Task Calling_a_different_activity_where_the_history_has_another_fails_naming_the_step()
    {
        FailureDetails failure = await RunChangedCodeAsync(b => b.AddOrchestrator<ChargesFirst>(Name));

        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, failure.ErrorType);
        Assert.Contains("sequence number 0", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("the history has activity 'Reserve'", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("the code scheduled activity 'Charge'", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.True(failure.IsNonRetriable);
    }

    [Fact]
    public async Task Creating_a_timer_where_the_history_has_an_activity_fails_naming_the_step()
    {
        FailureDetails failure = await RunChangedCodeAsync(b => b.AddOrchestrator<WaitsFirst>(Name));

        Assert.Contains("sequence number 0", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("a timer", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduling_fewer_actions_than_the_history_records_fails_naming_the_step()
    {
        FailureDetails failure = await RunChangedCodeAsync(b => b.AddOrchestrator<SkipsReserve>(Name));

        Assert.Contains("at sequence number 0 the history has activity 'Reserve', but the code did not schedule it", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduling_more_actions_than_the_history_records_fails_naming_the_step()
    {
        FailureDetails failure = await RunChangedCodeAsync(b => b.AddOrchestrator<AuditsToo>(Name));

        Assert.Contains("recorded nothing at sequence number 1, but the code now schedules activity 'Audit'", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unchanged_code_on_the_second_host_completes_the_instance()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryOrchestrationStore(clock);
        string instanceId = await StartOnFirstHostAsync(store, clock);

        await using DurableTestHost second = await DurableTestHost.StartAsync(b => RegisterActivities(b.AddOrchestrator<Original>(Name)), store, clock);
        await second.Client.RaiseEventAsync(instanceId, "continue");
        var done = await second.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
    }

    private static async Task<FailureDetails> RunChangedCodeAsync(Action<DurableTaskBuilder> changedCode)
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryOrchestrationStore(clock);
        string instanceId = await StartOnFirstHostAsync(store, clock);

        await using DurableTestHost second = await DurableTestHost.StartAsync(b => { changedCode(b); RegisterActivities(b); }, store, clock);
        await second.Client.RaiseEventAsync(instanceId, "continue");
        var done = await second.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        return done.FailureDetails!;
    }

    private static async Task<string> StartOnFirstHostAsync(InMemoryOrchestrationStore store, ManualTimeProvider clock)
    {
        await using DurableTestHost first = await DurableTestHost.StartAsync(b => RegisterActivities(b.AddOrchestrator<Original>(Name)), store, clock);
        string instanceId = await first.StartAsync(Name);
        await first.WaitForHistoryAsync(instanceId, h => h.OfType<OrchestratorCompletedEvent>().Count() == 2);
        return instanceId;
    }

    private static void RegisterActivities(DurableTaskBuilder builder)
        => builder.AddActivity<Step>("Reserve").AddActivity<Step>("Charge").AddActivity<Step>("Ship").AddActivity<Step>("Audit");

    private sealed class Original : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            await context.CallActivityAsync("Reserve");
            await context.WaitForExternalEvent<object?>("continue");
            await context.CallActivityAsync("Ship");
            return "shipped";
        }
    }

    private sealed class ChargesFirst : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            await context.CallActivityAsync("Charge");
            await context.WaitForExternalEvent<object?>("continue");
            await context.CallActivityAsync("Ship");
            return "shipped";
        }
    }

    private sealed class WaitsFirst : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            await context.CreateTimer(TimeSpan.FromMinutes(1), CancellationToken.None);
            await context.CallActivityAsync("Reserve");
            return "shipped";
        }
    }

    private sealed class SkipsReserve : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            await context.WaitForExternalEvent<object?>("continue");
            await context.CallActivityAsync("Ship");
            return "shipped";
        }
    }

    private sealed class AuditsToo : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            Task reserve = context.CallActivityAsync("Reserve");
            Task audit = context.CallActivityAsync("Audit");
            await Task.WhenAll(reserve, audit);
            await context.WaitForExternalEvent<object?>("continue");
            await context.CallActivityAsync("Ship");
            return "shipped";
        }
    }

    private sealed class Step : TaskActivity<object?, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, object? input) => Task.FromResult(context.Name);
    }
}
