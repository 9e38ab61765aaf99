namespace MentorFlow.Durable;

/// <summary>The untyped shape of an orchestrator, as the runtime calls it.</summary>
public interface ITaskOrchestrator
{
    /// <summary>The type the serialized input is read as.</summary>
    Type InputType { get; }

    /// <summary>The type of the output.</summary>
    Type OutputType { get; }

    /// <summary>Runs the orchestrator with its deserialized input.</summary>
    Task<object?> RunAsync(TaskOrchestrationContext context, object? input);
}

/// <summary>
/// An orchestrator: ordinary async C# that the runtime replays from history, so it must be deterministic.
/// Take time from <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, ids from
/// <see cref="TaskOrchestrationContext.NewGuid"/>, and do all I/O in activities; never use <c>DateTime.UtcNow</c>,
/// <c>Guid.NewGuid</c>, <c>Task.Delay</c>, <c>Task.Run</c>, <c>ConfigureAwait(false)</c> or
/// <c>CancellationTokenSource.CancelAsync</c> (use <c>Cancel</c>) here: each of them leaves the replaying thread.
/// </summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
public abstract class TaskOrchestrator<TInput, TOutput> : ITaskOrchestrator
{
    Type ITaskOrchestrator.InputType => typeof(TInput);

    Type ITaskOrchestrator.OutputType => typeof(TOutput);

    /// <summary>Runs the orchestration.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <param name="input">The input the instance was started (or continued as new) with.</param>
    public abstract Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input);

    async Task<object?> ITaskOrchestrator.RunAsync(TaskOrchestrationContext context, object? input)
        => await RunAsync(context, input is TInput typed ? typed : default!);
}
