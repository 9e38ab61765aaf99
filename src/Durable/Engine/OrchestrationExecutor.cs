using MentorFlow.Durable.Storage;
using Microsoft.Extensions.Logging;

namespace MentorFlow.Durable.Engine;

/// <summary>Runs orchestration steps with the registered orchestrators.</summary>
internal sealed class OrchestrationExecutor(TaskRegistry registry, IServiceProvider services, ILoggerFactory loggerFactory, int maxDequeueCount)
{
    public TaskRegistry Registry => registry;

    public IServiceProvider Services => services;

    public ILoggerFactory LoggerFactory => loggerFactory;

    public int MaxDequeueCount => maxDequeueCount;

    /// <summary>Computes the step for a locked work item at the given time.</summary>
    public OrchestrationStepResult Execute(OrchestrationWorkItem workItem, DateTime now) => new OrchestrationStep(this, workItem, now).Run();
}
