namespace MentorFlow.Durable.Storage;

/// <summary>A filter over instances, one page at a time. Null filters match everything.</summary>
/// <param name="Statuses">Only instances with one of these statuses.</param>
/// <param name="CreatedFrom">Only instances created at or after this time (UTC).</param>
/// <param name="CreatedTo">Only instances created at or before this time (UTC).</param>
/// <param name="InstanceIdPrefix">Only instance ids that start with this text (ordinal).</param>
/// <param name="Name">Only instances of this orchestrator.</param>
/// <param name="PageSize">At most this many instances per page.</param>
/// <param name="ContinuationToken">The token of the previous page, or null for the first page.</param>
/// <param name="IncludeInputsAndOutputs">Whether to fill input, output and custom status.</param>
public sealed record InstanceQuery(
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null,
    DateTime? CreatedFrom = null,
    DateTime? CreatedTo = null,
    string? InstanceIdPrefix = null,
    string? Name = null,
    int PageSize = 100,
    string? ContinuationToken = null,
    bool IncludeInputsAndOutputs = false);

/// <summary>One page of a query; <see cref="ContinuationToken"/> is null on the last page.</summary>
/// <param name="Instances">The instances of this page, in a stable order.</param>
/// <param name="ContinuationToken">Opaque; pass it back for the next page.</param>
public sealed record InstancePage(IReadOnlyList<InstanceRecord> Instances, string? ContinuationToken);

/// <summary>Which finished instances a bulk purge removes. Null filters match everything.</summary>
/// <param name="CreatedFrom">Created at or after (UTC).</param>
/// <param name="CreatedTo">Created at or before (UTC).</param>
/// <param name="Statuses">Only these statuses; a purge never removes Pending, Running or Suspended unless named.</param>
public sealed record PurgeFilter(
    DateTime? CreatedFrom = null,
    DateTime? CreatedTo = null,
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null);
