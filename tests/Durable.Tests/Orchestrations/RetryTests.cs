using MentorFlow.Durable.History;
using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Durable.Tests.Orchestrations;

public sealed class RetryTests
{
    [Fact]
    public async Task A_failing_activity_is_retried_on_durable_timers_with_backoff_capped_at_the_max_interval()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(
            b => b.AddOrchestrator<RetriesFlaky>().AddActivity<Flaky>(),
            services: s => s.AddSingleton<Counters>());
        DateTime start = host.Clock.UtcNow;

        string instanceId = await host.StartAsync(nameof(RetriesFlaky), 3);
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Count() == 1);
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Count() == 2);
        host.Clock.Advance(TimeSpan.FromSeconds(15));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("worked on attempt 3", done.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(instanceId, getHistory: true))!.History!;
        // 10 s after the first failure, then 10 s * 2 = 20 s capped at the 15 s maximum.
        Assert.Equal(
            [start.AddSeconds(10), start.AddSeconds(25)],
            history.OfType<TimerCreatedEvent>().Select(t => t.FireAt));
        Assert.Equal(3, host.Services.GetRequiredService<Counters>().Get("flaky attempts"));
    }

    [Fact]
    public async Task Retries_stop_after_the_max_number_of_attempts_and_the_last_failure_reaches_the_orchestrator()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(
            b => b.AddOrchestrator<RetriesFlaky>().AddActivity<Flaky>(),
            services: s => s.AddSingleton<Counters>());

        string instanceId = await host.StartAsync(nameof(RetriesFlaky), 10);
        for (int timers = 1; timers <= 3; timers++)
        {
            await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Count() == timers);
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.True(done.FailureDetails!.IsCausedBy<TimeoutException>());
        Assert.Equal(4, host.Services.GetRequiredService<Counters>().Get("flaky attempts"));
    }

    [Fact]
    public async Task A_failure_the_filter_rejects_is_not_retried()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(
            b => b.AddOrchestrator<RetriesOnlyTimeouts>().AddActivity<Rejects>(),
            services: s => s.AddSingleton<Counters>());

        string instanceId = await host.StartAsync(nameof(RetriesOnlyTimeouts));
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.True(done.FailureDetails!.IsCausedBy<ArgumentException>());
        Assert.Equal(1, host.Services.GetRequiredService<Counters>().Get("rejections"));
    }

    [Fact]
    public async Task Retries_stop_when_the_next_attempt_would_start_after_the_retry_timeout()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(
            b => b.AddOrchestrator<RetriesWithTimeout>().AddActivity<Flaky>(),
            services: s => s.AddSingleton<Counters>());

        string instanceId = await host.StartAsync(nameof(RetriesWithTimeout), 10);
        await host.WaitForHistoryAsync(instanceId, h => h.OfType<TimerCreatedEvent>().Count() == 1);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var done = await host.WaitForCompletionAsync(instanceId);

        // Attempt 1 at 0 s, attempt 2 at 60 s; a third would start at 120 s, past the 90 s timeout.
        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(2, host.Services.GetRequiredService<Counters>().Get("flaky attempts"));
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 60)]
    [InlineData(5, 60)]
    public void The_delay_grows_by_the_backoff_coefficient_up_to_the_max_interval(int failedAttempt, int expectedSeconds)
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(10), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1));

        TimeSpan? delay = policy.GetNextDelay(failedAttempt, new FailureDetails("E", "m"), TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void A_non_retriable_failure_is_never_retried()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(1));

        Assert.Null(policy.GetNextDelay(1, new FailureDetails("E", "m", IsNonRetriable: true), TimeSpan.Zero));
    }

    [Fact]
    public void A_policy_with_impossible_settings_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(0, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(3, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(3, TimeSpan.FromSeconds(1), backoffCoefficient: 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(3, TimeSpan.FromSeconds(10), maxRetryInterval: TimeSpan.FromSeconds(1)));
    }

    private sealed class RetriesFlaky : TaskOrchestrator<int, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, int input)
            => context.CallActivityAsync<string>(
                nameof(Flaky),
                input,
                TaskOptions.FromRetryPolicy(new RetryPolicy(4, TimeSpan.FromSeconds(10), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(15))));
    }

    private sealed class RetriesWithTimeout : TaskOrchestrator<int, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, int input)
            => context.CallActivityAsync<string>(
                nameof(Flaky),
                input,
                TaskOptions.FromRetryPolicy(new RetryPolicy(10, TimeSpan.FromMinutes(1), retryTimeout: TimeSpan.FromSeconds(90))));
    }

    /// <summary>Fails with a timeout until its input-th attempt.</summary>
    private sealed class Flaky(Counters counters) : TaskActivity<int, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, int input)
        {
            int attempt = counters.Increment("flaky attempts");
            return attempt < input ? throw new TimeoutException($"attempt {attempt} timed out") : Task.FromResult($"worked on attempt {attempt}");
        }
    }

    private sealed class RetriesOnlyTimeouts : TaskOrchestrator<object?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, object? input)
            => context.CallActivityAsync<string>(
                nameof(Rejects),
                null,
                TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(1)) { HandleFailure = f => f.IsCausedBy<TimeoutException>() }));
    }

    private sealed class Rejects(Counters counters) : TaskActivity<object?, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, object? input)
        {
            counters.Increment("rejections");
            throw new ArgumentException("never valid", nameof(input));
        }
    }
}
