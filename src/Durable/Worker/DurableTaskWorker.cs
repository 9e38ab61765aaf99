using System.Collections.Concurrent;
using System.Text.Json;
using MentorFlow.Durable.Engine;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorFlow.Durable.Worker;

/// <summary>
/// Takes orchestration and activity work items from the store and runs them: two dispatch loops, each with its
/// concurrency limit, polling with backoff when idle and woken at once by work this process enqueues. Orchestration
/// steps are committed atomically; activities renew their lease while they run; a work item whose lease was lost is
/// dropped (its new holder redoes it); a work item past the poison bound is failed instead of run.
/// </summary>
public sealed class DurableTaskWorker : BackgroundService
{
    private readonly IOrchestrationStore _store;
    private readonly DurableTaskOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly IServiceProvider _services;
    private readonly ILogger _logger;
    private readonly OrchestrationExecutor _executor;
    private readonly TaskRegistry _registry;
    private readonly WorkSignal _signal;
    private readonly StoreInitializer _initializer;

    internal DurableTaskWorker(
        IOrchestrationStore store,
        IOptions<DurableTaskOptions> options,
        TimeProvider timeProvider,
        IServiceProvider services,
        ILoggerFactory loggerFactory,
        TaskRegistry registry,
        WorkSignal signal,
        StoreInitializer initializer)
    {
        _store = store;
        _options = options.Value;
        _timeProvider = timeProvider;
        _services = services;
        _logger = loggerFactory.CreateLogger<DurableTaskWorker>();
        _registry = registry;
        _signal = signal;
        _initializer = initializer;
        _executor = new OrchestrationExecutor(registry, services, loggerFactory, _options.MaxDequeueCount);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _initializer.EnsureAsync(stoppingToken);
        _logger.WorkerStarted(_options.WorkerId, _options.HubName, _options.MaxConcurrentOrchestratorFunctions, _options.MaxConcurrentActivityFunctions);
        await Task.WhenAll(
            DispatchAsync(
                "orchestration",
                _options.MaxConcurrentOrchestratorFunctions,
                _signal.Orchestrations,
                (count, token) => _store.LockNextOrchestrationsAsync(_options.WorkerId, count, _options.LockDuration, token),
                (workItem, _) => RunStepAsync(workItem),
                stoppingToken),
            DispatchAsync(
                "activity",
                _options.MaxConcurrentActivityFunctions,
                _signal.Activities,
                (count, token) => _store.LockNextActivitiesAsync(_options.WorkerId, count, _options.LockDuration, token),
                RunActivityAsync,
                stoppingToken));
        _logger.WorkerStopped(_options.WorkerId);
    }

    private async Task DispatchAsync<TWorkItem>(
        string workKind,
        int maxConcurrency,
        AutoResetSignal wakeUp,
        Func<int, CancellationToken, Task<IReadOnlyList<TWorkItem>>> lockNext,
        Func<TWorkItem, CancellationToken, Task> run,
        CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        var running = new ConcurrentDictionary<Task, bool>();
        TimeSpan idleWait = _options.MinPollingInterval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken);
                int free = 1;
                while (free < maxConcurrency && slots.Wait(0, CancellationToken.None))
                {
                    free++;
                }

                IReadOnlyList<TWorkItem> workItems;
                try
                {
                    workItems = await lockNext(free, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    slots.Release(free);
                    _logger.PollFailed(workKind, exception);
                    await wakeUp.WaitAsync(_options.MaxPollingInterval, stoppingToken);
                    continue;
                }
                catch (OperationCanceledException)
                {
                    slots.Release(free);
                    throw;
                }

                if (workItems.Count < free)
                {
                    slots.Release(free - workItems.Count);
                }

                foreach (TWorkItem workItem in workItems)
                {
                    Task task = Task.Run(async () =>
                    {
                        try
                        {
                            await run(workItem, stoppingToken);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, CancellationToken.None);
                    running.TryAdd(task, true);
                    _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }

                if (workItems.Count == 0)
                {
                    await wakeUp.WaitAsync(idleWait, stoppingToken);
                    idleWait = TimeSpan.FromTicks(Math.Min(idleWait.Ticks * 2, _options.MaxPollingInterval.Ticks));
                }
                else
                {
                    idleWait = _options.MinPollingInterval;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: fall through and let the work items in flight finish.
        }

        await Task.WhenAll(running.Keys);
    }

    private async Task RunStepAsync(OrchestrationWorkItem workItem)
    {
        string instanceId = workItem.Instance.InstanceId;
        try
        {
            if (workItem.DequeueCount > _options.MaxDequeueCount)
            {
                _logger.OrchestrationPoisoned(instanceId, workItem.DequeueCount);
            }

            OrchestrationStepResult result = _executor.Execute(workItem, _timeProvider.GetUtcNow().UtcDateTime);

            // Once the step is computed it is committed in full, even while the host stops.
            await _store.CompleteOrchestrationAsync(workItem, result, CancellationToken.None);
            _logger.StepCommitted(instanceId, result.Instance.Status, result.NewEvents.Count, result.ActivityTasks.Count, result.OutboundMessages.Count);
            if (result.Instance.IsFinished && !workItem.Instance.IsFinished)
            {
                _logger.OrchestrationEnded(instanceId, result.Instance.Name, result.Instance.Status);
            }

            if (result.ActivityTasks.Count > 0)
            {
                _signal.Activities.Set();
            }

            if (result.OutboundMessages.Count > 0)
            {
                _signal.Orchestrations.Set();
            }

            _signal.NotifyCommitted();
        }
        catch (LeaseLostException)
        {
            _logger.OrchestrationLeaseLost(instanceId);
        }
#pragma warning disable CA1031 // the work-item boundary: any failure is logged and the item retried, up to the poison bound
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.StepError(instanceId, workItem.DequeueCount, exception);
            await _store.AbandonOrchestrationAsync(workItem, RetryDelay(workItem.DequeueCount), CancellationToken.None);
        }
    }

    private async Task RunActivityAsync(ActivityWorkItem workItem, CancellationToken stoppingToken)
    {
        ActivityTask task = workItem.Task;
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task<bool> keepLease = KeepLeaseAsync(workItem, lease, renewal.Token);
        HistoryEvent outcome;
        try
        {
            outcome = await ExecuteActivityAsync(workItem, lease.Token);
        }
        finally
        {
            await renewal.CancelAsync();
        }

        if (!await keepLease)
        {
            // Another worker may run it now: commit nothing.
            _logger.ActivityLeaseLost(task.TaskId);
            return;
        }

        if (stoppingToken.IsCancellationRequested && outcome is TaskFailedEvent)
        {
            // Cut short by the host stopping, which is not the activity's failure: it runs again later.
            await _store.AbandonActivityAsync(workItem, TimeSpan.Zero, CancellationToken.None);
            return;
        }

        var result = new TaskMessage(MessageIds.ActivityResult(task.TaskId), task.InstanceId, task.ExecutionId, outcome);
        try
        {
            await _store.CompleteActivityAsync(workItem, result, CancellationToken.None);
            _signal.Orchestrations.Set();
        }
        catch (LeaseLostException)
        {
            _logger.ActivityLeaseLost(task.TaskId);
        }
#pragma warning disable CA1031 // the work-item boundary: the task is abandoned and runs again, up to the poison bound
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.ActivityCommitError(task.TaskId, exception);
            await _store.AbandonActivityAsync(workItem, RetryDelay(workItem.DequeueCount), CancellationToken.None);
        }
    }

    private async Task<HistoryEvent> ExecuteActivityAsync(ActivityWorkItem workItem, CancellationToken cancellationToken)
    {
        ActivityTask task = workItem.Task;
        DateTime Now() => _timeProvider.GetUtcNow().UtcDateTime;
        if (workItem.DequeueCount > _options.MaxDequeueCount)
        {
            _logger.ActivityPoisoned(task.TaskId, workItem.DequeueCount);
            return new TaskFailedEvent(-1, Now(), task.TaskScheduledId, FailureDetails.FromException(new PoisonedWorkItemException(
                $"Activity '{task.Name}' (task '{task.TaskId}') was taken {workItem.DequeueCount} times without completing " +
                $"(more than MaxDequeueCount {_options.MaxDequeueCount}), so it was poisoned and is no longer run.")));
        }

        if (_registry.FindActivity(task.Name) is not { } activityType)
        {
            return new TaskFailedEvent(-1, Now(), task.TaskScheduledId, FailureDetails.FromException(
                new TaskNotRegisteredException($"No activity named '{task.Name}' is registered with this worker.")));
        }

        try
        {
            await using AsyncServiceScope scope = _services.CreateAsyncScope();
            var activity = (ITaskActivity)ActivatorUtilities.CreateInstance(scope.ServiceProvider, activityType);
            object? input = task.Input is null ? null : JsonSerializer.Deserialize(task.Input, activity.InputType, DurableJson.Options);
            object? output = await activity.RunAsync(new TaskActivityContext(task.Name, task.InstanceId, task.TaskId, cancellationToken), input);
            _logger.ActivityCompleted(task.Name, task.TaskId);
            return new TaskCompletedEvent(-1, Now(), task.TaskScheduledId, DurableJson.Serialize(output));
        }
#pragma warning disable CA1031 // an activity's exception is its result: it reaches the orchestrator as TaskFailedException
        catch (Exception exception)
#pragma warning restore CA1031
        {
            FailureDetails failure = FailureDetails.FromException(exception);
            _logger.ActivityFailed(task.Name, task.TaskId, failure.ErrorType);
            return new TaskFailedEvent(-1, Now(), task.TaskScheduledId, failure);
        }
    }

    /// <summary>Renews the activity's lease at half its duration until told to stop; false (and the activity cancelled) when it was lost.</summary>
    private async Task<bool> KeepLeaseAsync(ActivityWorkItem workItem, CancellationTokenSource lease, CancellationToken stop)
    {
        TimeSpan interval = _options.LockDuration / 2;
        try
        {
            while (true)
            {
                await Task.Delay(interval, stop);
                await RenewOnceAsync(workItem, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return true;
        }
        catch (LeaseLostException)
        {
            await lease.CancelAsync();
            return false;
        }
    }

    private async Task RenewOnceAsync(ActivityWorkItem workItem, CancellationToken stop)
    {
        try
        {
            await _store.RenewActivityLockAsync(workItem, _options.LockDuration, stop);
        }
        catch (Exception exception) when (exception is not LeaseLostException and not OperationCanceledException)
        {
            // Tried again at the next interval; should the lease expire meanwhile, the result's commit is refused.
            _logger.LeaseRenewalFailed(workItem.Task.TaskId, exception);
        }
    }

    private static TimeSpan RetryDelay(int dequeueCount) => TimeSpan.FromSeconds(Math.Min(Math.Pow(2, dequeueCount - 1), 60));
}
