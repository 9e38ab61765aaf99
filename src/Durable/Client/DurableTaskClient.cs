using MentorFlow.Durable.Storage;

namespace MentorFlow.Durable.Client;

/// <summary>
/// Starts, inspects and manages orchestration instances: the API that HTTP functions, the management API and tests
/// use. Names and semantics follow the Durable Task client (<c>Microsoft.DurableTask.Client</c>).
/// </summary>
public abstract class DurableTaskClient
{
    /// <summary>
    /// Starts an orchestration and returns its instance id. Throws <see cref="OrchestrationAlreadyExistsException"/>
    /// when the id is taken by a Pending, Running or Suspended instance and replacement was not asked for.
    /// </summary>
    public abstract Task<string> ScheduleNewOrchestrationInstanceAsync(
        string orchestratorName, object? input = null, StartOrchestrationOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The runtime status of each of <paramref name="instanceIds"/> that exists (unknown ids are left out): for when
    /// only whether an instance exists, and how it stands, matters.
    /// </summary>
    public abstract Task<IReadOnlyDictionary<string, OrchestrationRuntimeStatus>> GetInstanceStatusesAsync(
        IReadOnlyList<string> instanceIds, CancellationToken cancellationToken = default);

    /// <summary>The runtime status of one instance; null when it does not exist. The one-id form of <see cref="GetInstanceStatusesAsync"/>.</summary>
    public virtual async ValueTask<OrchestrationRuntimeStatus?> GetInstanceStatusAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        return (await GetInstanceStatusesAsync([instanceId], cancellationToken)).TryGetValue(instanceId, out var status) ? status : null;
    }

    /// <summary>Reads an instance; null when unknown.</summary>
    public abstract Task<OrchestrationMetadata?> GetInstanceAsync(
        string instanceId, bool getInputsAndOutputs = false, bool getHistory = false,
        CancellationToken cancellationToken = default);

    /// <summary>Reads one page of instances matching a query.</summary>
    public abstract Task<OrchestrationQueryPage> GetInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default);

    /// <summary>Sends an external event to a running instance.</summary>
    public abstract Task<InstanceOperationResult> RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default);

    /// <summary>Ends an instance as Terminated with a reason.</summary>
    public abstract Task<InstanceOperationResult> TerminateInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Suspends a running instance: it takes no further step until resumed.</summary>
    public abstract Task<InstanceOperationResult> SuspendInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes a suspended instance.</summary>
    public abstract Task<InstanceOperationResult> ResumeInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts an instance again from its original input, under the same id (replacing it) or a new one.
    /// Returns the outcome and the id of the instance that now runs.
    /// </summary>
    public abstract Task<(InstanceOperationResult Result, string? InstanceId)> RestartAsync(
        string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellationToken = default);

    /// <summary>Rewinds a Failed instance: its failed activities and sub-orchestrations run again.</summary>
    public abstract Task<InstanceOperationResult> RewindInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Removes an instance and all its history. False when unknown.</summary>
    public abstract Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Removes every instance matching the filter; returns how many.</summary>
    public abstract Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Waits until the instance is Completed, Failed or Terminated, and returns it.</summary>
    public abstract Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default);

    /// <summary>Waits until the instance has left Pending, and returns it.</summary>
    public abstract Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default);
}

/// <summary>One page of instances; <see cref="ContinuationToken"/> is null on the last page.</summary>
/// <param name="Instances">The instances.</param>
/// <param name="ContinuationToken">Pass back for the next page.</param>
public sealed record OrchestrationQueryPage(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);
