namespace MentorFlow.Durable.CrashHost;

/// <summary>Calls <see cref="RecordStep"/> for steps 1 to n in turn; returns the sum of the steps it was told about.</summary>
internal sealed class StepChain : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var sum = 0;
        for (var step = 1; step <= input; step++)
        {
            sum += await context.CallActivityAsync<int>(nameof(RecordStep), step);
        }

        return sum;
    }
}
