using MentorFlow.Durable;

namespace MentorFlow.Functions.Tests.TestOrchestrations;

/// <summary>
/// Stands in for a journey: runs under a journey's id until it gets the <see cref="Probe"/> event. Every event raised
/// to it lands in its history, so a test that raises the probe after a request and waits for completion reads
/// exactly the events the request raised, or sees that it raised none.
/// </summary>
[DurableTask(Name)]
public sealed class EventRecorderOrchestrator : TaskOrchestrator<string?, string>
{
    public const string Name = "EventRecorder";
    public const string Probe = "test-probe";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        await context.WaitForExternalEvent<string>(Probe);
        return "probed";
    }
}
