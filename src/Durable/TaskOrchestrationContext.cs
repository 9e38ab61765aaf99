using Microsoft.Extensions.Logging;

namespace MentorFlow.Durable;

/// <summary>
/// What an orchestrator uses to schedule work and read its own state. Every operation is recorded in the
/// instance's history and replayed from it, so orchestrator code that goes through this context is deterministic.
/// Names and semantics follow <c>Microsoft.DurableTask.TaskOrchestrationContext</c>.
/// </summary>
public abstract class TaskOrchestrationContext
{
    /// <summary>The orchestrator's registered name.</summary>
    public abstract string Name { get; }

    /// <summary>The instance id.</summary>
    public abstract string InstanceId { get; }

    /// <summary>
    /// The current time as the orchestration sees it: when the current step began (the timestamp of its
    /// OrchestratorStarted event), the same on every replay. Use it instead of <c>DateTime.UtcNow</c>.
    /// </summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>True while the code is being replayed from history (work it does now was already done once).</summary>
    public abstract bool IsReplaying { get; }

    /// <summary>The logger factory that <see cref="CreateReplaySafeLogger(string)"/> wraps.</summary>
    protected abstract ILoggerFactory LoggerFactory { get; }

    /// <summary>Reads the instance's input as <typeparamref name="T"/>.</summary>
    public abstract T? GetInput<T>();

    /// <summary>Calls an activity and waits for it to finish.</summary>
    /// <param name="name">The activity's registered name.</param>
    /// <param name="input">Its input, serialized as JSON.</param>
    /// <param name="options">A retry policy, if any.</param>
    /// <exception cref="TaskFailedException">The activity failed (after all retries).</exception>
    public Task CallActivityAsync(string name, object? input = null, TaskOptions? options = null)
        => CallActivityAsync<object?>(name, input, options);

    /// <summary>Calls an activity and returns its result.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="name">The activity's registered name.</param>
    /// <param name="input">Its input, serialized as JSON.</param>
    /// <param name="options">A retry policy, if any.</param>
    /// <exception cref="TaskFailedException">The activity failed (after all retries).</exception>
    public abstract Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null);

    /// <summary>Creates a durable timer that fires at a point in time; fire times months ahead are fine.</summary>
    /// <param name="fireAt">When it fires (UTC).</param>
    /// <param name="cancellationToken">Cancels the wait (the stored timer still fires later, and is ignored).</param>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>Creates a durable timer that fires after a delay from <see cref="CurrentUtcDateTime"/>.</summary>
    /// <param name="delay">How long from now.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken)
        => CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    /// <summary>
    /// Waits for an external event with this name (case-insensitive). An event that arrived before anyone waited is
    /// kept and handed to the first waiter.
    /// </summary>
    /// <typeparam name="T">The event payload's type.</typeparam>
    /// <param name="eventName">The event name.</param>
    /// <param name="cancellationToken">Cancels the wait (the task ends as cancelled).</param>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for an external event for at most <paramref name="timeout"/>, on a durable timer. As in Durable Task,
    /// the returned task ends as cancelled (<see cref="TaskCanceledException"/>) when the timeout comes first.
    /// </summary>
    /// <typeparam name="T">The event payload's type.</typeparam>
    /// <param name="eventName">The event name.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var eventCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task timeoutTask = CreateTimer(timeout, timerCancellation.Token);
        Task<T> eventTask = WaitForExternalEvent<T>(eventName, eventCancellation.Token);
        Task winner = await Task.WhenAny(timeoutTask, eventTask);

        // Cancel, not CancelAsync: callbacks must run on the orchestrator's own thread to stay deterministic.
#pragma warning disable CA1849
        if (winner == eventTask)
        {
            timerCancellation.Cancel();
        }
        else
        {
            eventCancellation.Cancel();
        }
#pragma warning restore CA1849

        return await eventTask;
    }

    /// <summary>Starts a sub-orchestration and waits for it to finish.</summary>
    /// <param name="orchestratorName">The child orchestrator's registered name.</param>
    /// <param name="input">Its input.</param>
    /// <param name="options">The child's instance id and a retry policy, if any.</param>
    /// <exception cref="TaskFailedException">The child failed (after all retries).</exception>
    public Task CallSubOrchestratorAsync(string orchestratorName, object? input = null, TaskOptions? options = null)
        => CallSubOrchestratorAsync<object?>(orchestratorName, input, options);

    /// <summary>Starts a sub-orchestration and returns its output.</summary>
    /// <typeparam name="TResult">The output type.</typeparam>
    /// <param name="orchestratorName">The child orchestrator's registered name.</param>
    /// <param name="input">Its input.</param>
    /// <param name="options">The child's instance id (<see cref="SubOrchestrationOptions"/>) and a retry policy, if any.</param>
    /// <exception cref="TaskFailedException">The child failed (after all retries).</exception>
    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null);

    /// <summary>Sends an external event to another instance (fire and forget).</summary>
    /// <param name="instanceId">The target instance.</param>
    /// <param name="eventName">The event name.</param>
    /// <param name="payload">The event payload.</param>
    public abstract void SendEvent(string instanceId, string eventName, object? payload);

    /// <summary>
    /// Restarts this instance with new input once the orchestrator returns: a new execution with a fresh history, which
    /// keeps the history of an eternal orchestration bounded.
    /// </summary>
    /// <param name="newInput">The next execution's input.</param>
    /// <param name="preserveUnprocessedEvents">Carry events that arrived but were not yet waited for into the next execution.</param>
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>Sets the custom status that clients see; serialized as JSON.</summary>
    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>
    /// A new GUID that is the same on every replay: a name-based UUID (version 5) of the instance id, the current time
    /// and a counter, as Durable Task makes it.
    /// </summary>
    public abstract Guid NewGuid();

    /// <summary>A logger that writes nothing while the orchestrator is replaying, so each line is logged once.</summary>
    public ILogger CreateReplaySafeLogger(string categoryName)
        => new ReplaySafeLogger(this, LoggerFactory.CreateLogger(categoryName));

    /// <summary>A replay-safe logger whose category is <typeparamref name="T"/>'s name.</summary>
    public ILogger CreateReplaySafeLogger<T>()
        => new ReplaySafeLogger(this, LoggerFactory.CreateLogger<T>());
}
