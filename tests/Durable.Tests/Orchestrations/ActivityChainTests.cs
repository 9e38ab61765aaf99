using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Orchestrations;

public sealed class ActivityChainTests
{
    [Fact]
    public async Task An_orchestrator_calling_five_activities_in_sequence_completes_with_their_results()
    {
        await using DurableTestHost host = await DurableTestHost.StartAsync(b => b.AddOrchestrator<FiveSteps>().AddActivity<Append>());

        string instanceId = await host.StartAsync(nameof(FiveSteps), "start");
        var done = await host.WaitForCompletionAsync(instanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("start-1-2-3-4-5", done.ReadOutputAs<string>());
    }

    private sealed class FiveSteps : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            string text = input;
            for (int step = 1; step <= 5; step++)
            {
                text = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(text, step));
            }

            return text;
        }
    }

    private sealed record AppendInput(string Text, int Step);

    private sealed class Append : TaskActivity<AppendInput, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, AppendInput input) => Task.FromResult($"{input.Text}-{input.Step}");
    }
}
