using MentorFlow.Durable;

namespace MentorFlow.Functions.Tests.TestOrchestrations;

/// <summary>Greets its input through one activity: the shortest orchestration that completes with an output.</summary>
[DurableTask(Name)]
public sealed class GreetingOrchestrator : TaskOrchestrator<string, string>
{
    public const string Name = "Greeting";

    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
        => context.CallActivityAsync<string>(SayHelloActivity.Name, input);
}

[DurableTask(Name)]
public sealed class SayHelloActivity : TaskActivity<string, string>
{
    public const string Name = "SayHello";

    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult($"Hello, {input}!");
}
