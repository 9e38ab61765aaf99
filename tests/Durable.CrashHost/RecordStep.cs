namespace MentorFlow.Durable.CrashHost;

/// <summary>
/// The side effect: takes a moment, as real work does, then writes "instance,step" to the journal. The moment is long
/// enough that a run's work (one wave of steps after another) lasts most of a second on any machine, so a kill aimed
/// into it lands while it runs.
/// </summary>
internal sealed class RecordStep(StepJournal journal) : TaskActivity<int, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, int input)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(200), context.CancellationToken);
        journal.Append(context.InstanceId, input);
        return input;
    }
}
