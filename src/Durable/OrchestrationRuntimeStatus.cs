namespace MentorFlow.Durable;

/// <summary>The runtime status of an orchestration instance, with the names and meanings of Durable Functions.</summary>
public enum OrchestrationRuntimeStatus
{
    /// <summary>Scheduled but not yet started (no step has run, or its start time is in the future).</summary>
    Pending,

    /// <summary>Started; it may be running a step or waiting on activities, timers or events.</summary>
    Running,

    /// <summary>Ran to completion and returned its output.</summary>
    Completed,

    /// <summary>The orchestrator restarted itself with new input; a new execution follows.</summary>
    ContinuedAsNew,

    /// <summary>Ended with an unhandled failure; <see cref="FailureDetails"/> says why.</summary>
    Failed,

    /// <summary>Ended by a terminate request.</summary>
    Terminated,

    /// <summary>Paused by a suspend request; only resume or terminate act on it until resumed.</summary>
    Suspended,
}
