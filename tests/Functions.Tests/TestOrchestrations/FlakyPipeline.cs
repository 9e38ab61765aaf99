using System.Collections.Concurrent;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Tests.TestOrchestrations;

/// <summary>Runs one step that fails while <see cref="FlakyDependency"/> is broken: an instance that ends Failed and can be rewound.</summary>
[DurableTask(Name)]
public sealed class FlakyPipelineOrchestrator : TaskOrchestrator<string, string>
{
    public const string Name = "FlakyPipeline";

    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
        => context.CallActivityAsync<string>(FlakyStepActivity.Name, input);
}

[DurableTask(Name)]
public sealed class FlakyStepActivity(FlakyDependency dependency) : TaskActivity<string, string>
{
    public const string Name = "FlakyStep";

    public override Task<string> RunAsync(TaskActivityContext context, string input)
        => dependency.IsBrokenFor(input)
            ? throw new InvalidOperationException("The dependency is down.")
            : Task.FromResult($"processed {input}");
}

/// <summary>
/// A dependency that is down for every input until a test repairs it for that input; shared through the test host's
/// services, keyed by input so tests sharing a host do not disturb each other.
/// </summary>
public sealed class FlakyDependency
{
    private readonly ConcurrentDictionary<string, bool> _repaired = new();

    public bool IsBrokenFor(string input) => !_repaired.ContainsKey(input);

    public void RepairFor(string input) => _repaired[input] = true;
}
