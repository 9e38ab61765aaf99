namespace MentorFlow.Durable.Client;

/// <summary>How to start an orchestration.</summary>
/// <param name="InstanceId">The id to use (for deduplication by business key); a new GUID when null.</param>
/// <param name="StartAt">Start no earlier than this time (UTC); at once when null.</param>
/// <param name="ReplaceExisting">
/// Replace an instance with the same id that is Pending, Running or Suspended. Without it such a start is refused
/// with <see cref="OrchestrationAlreadyExistsException"/>; a finished instance with the id is always replaced.
/// </param>
public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTime? StartAt = null, bool ReplaceExisting = false);
