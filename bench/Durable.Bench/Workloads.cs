namespace MentorFlow.Durable.Bench;

/// <summary>The benchmark workload: five no-op activities, one after the other.</summary>
internal sealed class FiveNoOps : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var total = input;
        for (var step = 0; step < 5; step++)
        {
            total += await context.CallActivityAsync<int>(nameof(NoOp), step);
        }

        return total;
    }
}

/// <summary>Calls <see cref="NoOp"/> as often as its input says, to grow a long history.</summary>
internal sealed class LongChain : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        for (var step = 0; step < input; step++)
        {
            await context.CallActivityAsync<int>(nameof(NoOp), step);
        }

        return input;
    }
}

/// <summary>Waits on a durable timer a month ahead: an instance that holds nothing in memory while it waits.</summary>
internal sealed class WaitAMonth : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        await context.CreateTimer(context.CurrentUtcDateTime.AddDays(30), CancellationToken.None);
        return input;
    }
}

/// <summary>Does nothing and returns its input.</summary>
internal sealed class NoOp : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
}
