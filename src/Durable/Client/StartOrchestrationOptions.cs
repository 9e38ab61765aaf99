namespace MentorFlow.Durable.Client;

/// <summary>How to start an orchestration.</summary>
/// <param name="InstanceId">The id to use (for deduplication by business key); a new GUID when null.</param>
/// <param name="StartAt">Start no earlier than this time (UTC); at once when null.</param>
/// <param name="ReplaceExisting">
/// Replace an instance with the same id that is Pending, Running or Suspended. Without it such a start is refused
/// with <see cref="OrchestrationAlreadyExistsException"/>; a finished instance with the id is always replaced.
/// </param>
/// <param name="DedupeStatuses">
/// When set, the statuses in which an instance with the same id refuses the start (with
/// <see cref="OrchestrationAlreadyExistsException"/>) instead of being replaced, in place of the rule above, as in
/// Durable Task's <c>dedupeStatuses</c>. Every status here means a business key starts at most one instance, ever.
/// </param>
public sealed record StartOrchestrationOptions(
    string? InstanceId = null,
    DateTime? StartAt = null,
    bool ReplaceExisting = false,
    IReadOnlyCollection<OrchestrationRuntimeStatus>? DedupeStatuses = null);
