namespace MentorFlow.Durable;

/// <summary>The untyped shape of an activity, as the runtime calls it.</summary>
public interface ITaskActivity
{
    /// <summary>The type the serialized input is read as.</summary>
    Type InputType { get; }

    /// <summary>The type of the output.</summary>
    Type OutputType { get; }

    /// <summary>Runs the activity with its deserialized input.</summary>
    Task<object?> RunAsync(TaskActivityContext context, object? input);
}

/// <summary>
/// An activity: one unit of work with side effects, scheduled by an orchestrator. Activities run at least once (a
/// crash or a lost lease runs them again), so a side effect should carry an idempotency key such as
/// <see cref="TaskActivityContext.TaskId"/>. Activities are created from the service provider, so they can take
/// services in their constructor.
/// </summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
public abstract class TaskActivity<TInput, TOutput> : ITaskActivity
{
    Type ITaskActivity.InputType => typeof(TInput);

    Type ITaskActivity.OutputType => typeof(TOutput);

    /// <summary>Runs the activity.</summary>
    /// <param name="context">What the activity is and who called it; its cancellation token stops it when the lease is lost.</param>
    /// <param name="input">The input the orchestrator passed.</param>
    public abstract Task<TOutput> RunAsync(TaskActivityContext context, TInput input);

    async Task<object?> ITaskActivity.RunAsync(TaskActivityContext context, object? input)
        => await RunAsync(context, input is TInput typed ? typed : default!);
}
