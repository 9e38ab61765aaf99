using MentorFlow.Durable.History;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlow.Durable.Tests.Orchestrations;

public sealed partial class ContextOperationTests
{
    [Fact]
    public async Task Input_name_instance_id_and_current_time_come_from_the_history_of_each_step()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<DescribesItself>().AddActivity<Echo>());
        DateTime started = host.Clock.UtcNow;

        string instanceId = await host.StartAsync(nameof(DescribesItself), new Greeting("hello"), "self-1");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal($"{nameof(DescribesItself)}|self-1|hello|{started:O}|{started:O}", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Replayed_code_runs_again_but_replay_safe_side_effects_happen_once_per_step()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(
            b => b.AddOrchestrator<CountsExecutions>().AddActivity<Echo>(),
            services: s => s.AddSingleton<Counters>());
        var counters = host.Services.GetRequiredService<Counters>();

        string instanceId = await host.StartAsync(nameof(CountsExecutions));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        // Four steps (start, then one per activity result): the first line runs in every one of them.
        Assert.Equal(4, counters.Get("first line"));
        Assert.Equal(1, counters.Get("first line, not replaying"));
        Assert.Equal(1, counters.Get("last line"));
        Assert.Equal(3, counters.Get("activity runs"));
    }

    [Fact]
    public async Task NewGuid_gives_the_same_version_5_guids_on_every_replay()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<MakesGuids>().AddActivity<EchoGuid>());

        string instanceId = await host.StartAsync(nameof(MakesGuids));
        var done = await host.WaitForCompletionAsync(instanceId);

        Guid[] guids = done.ReadOutputAs<Guid[]>()!;
        Assert.Equal(guids[0], guids[1]);
        Assert.NotEqual(guids[0], guids[2]);
        Assert.All(guids, g => Assert.Equal(5, g.Version));
    }

    [Fact]
    public async Task Custom_status_set_by_the_orchestrator_is_visible_to_clients()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<ReportsProgress>());

        string instanceId = await host.StartAsync(nameof(ReportsProgress));
        var waiting = await host.WaitForAsync(instanceId, m => m.SerializedCustomStatus is not null);

        Assert.Equal(new Progress("waiting for approval", 1), waiting.ReadCustomStatusAs<Progress>());
        await host.Client.RaiseEventAsync(instanceId, "approval");
        var done = await host.WaitForCompletionAsync(instanceId);
        Assert.Equal(new Progress("approved", 2), done.ReadCustomStatusAs<Progress>());
    }

    [Fact]
    public async Task The_replay_safe_logger_writes_each_line_once()
    {
        var logs = new CapturingLoggerProvider();
        await using DurableTestHost host = await DurableTestHost.StartAsync(
            b => b.AddOrchestrator<LogsAroundActivities>().AddActivity<Echo>(),
            services: s => s.AddLogging(l => l.AddProvider(logs)));

        string instanceId = await host.StartAsync(nameof(LogsAroundActivities));
        await host.WaitForCompletionAsync(instanceId);

        Assert.Single(logs.Messages, m => m == "before the activities");
        Assert.Single(logs.Messages, m => m == "between the activities");
        Assert.Single(logs.Messages, m => m == "after the activities");
    }

    [Fact]
    public async Task SendEvent_delivers_an_event_to_another_instance()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<WaitsForPing>().AddOrchestrator<SendsPing>());

        string receiver = await host.StartAsync(nameof(WaitsForPing), instanceId: "receiver");
        string sender = await host.StartAsync(nameof(SendsPing), receiver);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitForCompletionAsync(sender)).RuntimeStatus);
        var received = await host.WaitForCompletionAsync(receiver);
        Assert.Equal("ping from " + sender, received.ReadOutputAs<string>());
        var senderHistory = (await host.Client.GetInstanceAsync(sender, getHistory: true))!.History!;
        Assert.Contains(senderHistory, e => e is EventSentEvent { InstanceId: "receiver", Name: "ping" });
    }

    [Fact]
    public async Task WhenAll_fans_out_to_activities_and_gathers_their_results_in_order()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<FansOut>().AddActivity<Square>());

        string instanceId = await host.StartAsync(nameof(FansOut), 6);
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal([1, 4, 9, 16, 25, 36], done.ReadOutputAs<int[]>()!);
        var history = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
        Assert.Equal(6, history.OfType<TaskScheduledEvent>().Count());
        // All six were scheduled in the first step, before any result came back.
        Assert.Equal(6, history.TakeWhile(e => e is not OrchestratorCompletedEvent).OfType<TaskScheduledEvent>().Count());
    }

    [Fact]
    public async Task WhenAny_lets_an_event_win_over_a_timer()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<EventOrDeadline>());

        string instanceId = await host.StartAsync(nameof(EventOrDeadline));
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Any());
        await host.Client.RaiseEventAsync(instanceId, "answer", 42);
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal("answer 42", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task WhenAny_lets_a_timer_win_over_an_event_that_never_comes()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<EventOrDeadline>());

        string instanceId = await host.StartAsync(nameof(EventOrDeadline));
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Any());
        host.Clock.Advance(TimeSpan.FromHours(1));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal("deadline", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_orchestrator_that_is_not_registered_fails_with_a_reason_naming_it()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddActivity<Echo>());

        string instanceId = await host.StartAsync("Missing");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(TaskNotRegisteredException).FullName, done.FailureDetails!.ErrorType);
        Assert.Contains("'Missing'", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_that_is_not_registered_fails_the_call_with_a_reason_naming_it()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<CallsMissingActivity>());

        string instanceId = await host.StartAsync(nameof(CallsMissingActivity));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("No activity named 'Nowhere' is registered with this worker.", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_orchestrator_that_throws_ends_failed_with_type_message_and_stack()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<Throws>());

        string instanceId = await host.StartAsync(nameof(Throws));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(InvalidOperationException).FullName, done.FailureDetails!.ErrorType);
        Assert.Equal("the plan was wrong", done.FailureDetails.ErrorMessage);
        Assert.Contains(nameof(Throws), done.FailureDetails.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_failure_reaches_the_orchestrator_with_the_activity_failure_details()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<CatchesFailure>().AddActivity<Fails>());

        string instanceId = await host.StartAsync(nameof(CatchesFailure));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal($"{typeof(ArgumentException).FullName}: bad input (Parameter 'input')|{nameof(Fails)}|0", done.ReadOutputAs<string>());
    }

    private sealed record Greeting(string Text);

    private sealed record Progress(string Stage, int Step);

    private sealed class DescribesItself : TaskOrchestrator<Greeting, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, Greeting input)
        {
            DateTime first = context.CurrentUtcDateTime;
            await context.CallActivityAsync<string>(nameof(Echo), "x");
            return $"{context.Name}|{context.InstanceId}|{context.GetInput<Greeting>()!.Text}|{first:O}|{context.CurrentUtcDateTime:O}";
        }
    }

    private sealed class CountsExecutions(Counters counters) : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            counters.Increment("first line");
            if (!context.IsReplaying)
            {
                counters.Increment("first line, not replaying");
            }

            for (int i = 0; i < 3; i++)
            {
                await context.CallActivityAsync<string>(nameof(Echo), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            counters.Increment("last line");
            return "done";
        }
    }

    private sealed class Echo(IServiceProvider services) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input)
        {
            services.GetService<Counters>()?.Increment("activity runs");
            return Task.FromResult(input);
        }
    }

    private sealed class MakesGuids : TaskOrchestrator<object?, Guid[]>
    {
        public override async Task<Guid[]> RunAsync(TaskOrchestrationContext context, object? input)
        {
            Guid first = context.NewGuid();
            Guid echoedFromTheFirstRun = await context.CallActivityAsync<Guid>(nameof(EchoGuid), first);
            return [first, echoedFromTheFirstRun, context.NewGuid()];
        }
    }

    private sealed class EchoGuid : TaskActivity<Guid, Guid>
    {
        public override Task<Guid> RunAsync(TaskActivityContext context, Guid input) => Task.FromResult(input);
    }

    private sealed class ReportsProgress : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            context.SetCustomStatus(new Progress("waiting for approval", 1));
            await context.WaitForExternalEvent<object?>("approval");
            context.SetCustomStatus(new Progress("approved", 2));
            return "done";
        }
    }

    private sealed partial class LogsAroundActivities : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            ILogger logger = context.CreateReplaySafeLogger<LogsAroundActivities>();
            Before(logger);
            await context.CallActivityAsync<string>(nameof(Echo), "a");
            Between(logger);
            await context.CallActivityAsync<string>(nameof(Echo), "b");
            After(logger);
            return "done";
        }

        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "before the activities")]
        private static partial void Before(ILogger logger);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "between the activities")]
        private static partial void Between(ILogger logger);

        [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "after the activities")]
        private static partial void After(ILogger logger);
    }

    private sealed class WaitsForPing : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => context.WaitForExternalEvent<string>("ping");
    }

    private sealed class SendsPing : TaskOrchestrator<string, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            context.SendEvent(input, "ping", "ping from " + context.InstanceId);
            return Task.FromResult("sent");
        }
    }

    private sealed class FansOut : TaskOrchestrator<int, int[]>
    {
        public override async Task<int[]> RunAsync(TaskOrchestrationContext context, int input)
            => await Task.WhenAll(Enumerable.Range(1, input).Select(n => context.CallActivityAsync<int>(nameof(Square), n)));
    }

    private sealed class Square : TaskActivity<int, int>
    {
        public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input * input);
    }

    private sealed class EventOrDeadline : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            using var cancelTimer = new CancellationTokenSource();
            Task deadline = context.CreateTimer(TimeSpan.FromMinutes(30), cancelTimer.Token);
            Task<int> answer = context.WaitForExternalEvent<int>("answer");
            if (await Task.WhenAny(deadline, answer) == answer)
            {
                // Cancel, not CancelAsync: CancelAsync runs the callbacks on the thread pool, outside the replay.
#pragma warning disable CA1849
                cancelTimer.Cancel();
#pragma warning restore CA1849
                return $"answer {await answer}";
            }

            return "deadline";
        }
    }

    private sealed class CallsMissingActivity : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            try
            {
                await context.CallActivityAsync("Nowhere");
                return "called";
            }
            catch (TaskFailedException failed)
            {
                return failed.FailureDetails.ErrorMessage;
            }
        }
    }

    private sealed class Throws : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input)
            => throw new InvalidOperationException("the plan was wrong");
    }

    private sealed class CatchesFailure : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            try
            {
                await context.CallActivityAsync(nameof(Fails), "x");
                return "no failure";
            }
            catch (TaskFailedException failed)
            {
                return $"{failed.FailureDetails.ErrorType}: {failed.FailureDetails.ErrorMessage}|{failed.TaskName}|{failed.TaskId}";
            }
        }
    }

    private sealed class Fails : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => throw new ArgumentException("bad input", nameof(input));
    }
}
