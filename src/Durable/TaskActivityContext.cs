namespace MentorFlow.Durable;

/// <summary>What an activity run knows about itself.</summary>
/// <param name="Name">The activity's registered name.</param>
/// <param name="InstanceId">The orchestration instance that scheduled it.</param>
/// <param name="TaskId">The task's deterministic id: the same on every run of this task, so a good idempotency key.</param>
/// <param name="CancellationToken">Cancelled when the worker stops or loses the task's lease.</param>
public sealed record TaskActivityContext(string Name, string InstanceId, string TaskId, CancellationToken CancellationToken);
