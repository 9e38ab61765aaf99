namespace MentorFlow.Durable.CrashHost;

/// <summary>The side effect: takes a moment, as real work does, then writes "instance,step" to the journal.</summary>
internal sealed class RecordStep(StepJournal journal) : TaskActivity<int, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, int input)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(5), context.CancellationToken);
        journal.Append(context.InstanceId, input);
        return input;
    }
}
