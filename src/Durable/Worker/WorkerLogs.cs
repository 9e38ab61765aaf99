using Microsoft.Extensions.Logging;

namespace MentorFlow.Durable.Worker;

/// <summary>The worker's log messages, with stable event ids. They carry ids and names only, never payloads.</summary>
internal static partial class WorkerLogs
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Durable worker {WorkerId} started on hub {HubName} (orchestrators: {MaxOrchestrators}, activities: {MaxActivities})")]
    public static partial void WorkerStarted(this ILogger logger, string workerId, string hubName, int maxOrchestrators, int maxActivities);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Durable worker {WorkerId} stopped")]
    public static partial void WorkerStopped(this ILogger logger, string workerId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Polling the store for {WorkKind} work items failed")]
    public static partial void PollFailed(this ILogger logger, string workKind, Exception exception);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Debug,
        Message = "Step of {InstanceId} committed: {RuntimeStatus}, {EventCount} history events, {TaskCount} activity tasks, {MessageCount} messages")]
    public static partial void StepCommitted(this ILogger logger, string instanceId, OrchestrationRuntimeStatus runtimeStatus, int eventCount, int taskCount, int messageCount);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Orchestration {InstanceId} ({Name}) ended {RuntimeStatus}")]
    public static partial void OrchestrationEnded(this ILogger logger, string instanceId, string name, OrchestrationRuntimeStatus runtimeStatus);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Lease on orchestration {InstanceId} was lost; the step was not committed")]
    public static partial void OrchestrationLeaseLost(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Error, Message = "Step of {InstanceId} failed on dequeue {DequeueCount}; it is abandoned and retried")]
    public static partial void StepError(this ILogger logger, string instanceId, int dequeueCount, Exception exception);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Error, Message = "Orchestration {InstanceId} was poisoned after {DequeueCount} dequeues; it is failed")]
    public static partial void OrchestrationPoisoned(this ILogger logger, string instanceId, int dequeueCount);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Debug, Message = "Activity {Name} ({TaskId}) completed")]
    public static partial void ActivityCompleted(this ILogger logger, string name, string taskId);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Activity {Name} ({TaskId}) failed with {ErrorType}")]
    public static partial void ActivityFailed(this ILogger logger, string name, string taskId, string errorType);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Warning, Message = "Lease on activity task {TaskId} was lost; its result was not committed")]
    public static partial void ActivityLeaseLost(this ILogger logger, string taskId);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Error, Message = "Activity task {TaskId} was poisoned after {DequeueCount} dequeues; it is failed")]
    public static partial void ActivityPoisoned(this ILogger logger, string taskId, int dequeueCount);

    [LoggerMessage(EventId = 1024, Level = LogLevel.Error, Message = "Committing activity task {TaskId} failed; it is abandoned and retried")]
    public static partial void ActivityCommitError(this ILogger logger, string taskId, Exception exception);

    [LoggerMessage(EventId = 1025, Level = LogLevel.Warning, Message = "Renewing the lease on activity task {TaskId} failed")]
    public static partial void LeaseRenewalFailed(this ILogger logger, string taskId, Exception exception);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Error, Message = "Applying {Count} journaled starts to the store failed; they are tried again")]
    public static partial void JournalApplyFailed(this ILogger logger, int count, Exception exception);
}
