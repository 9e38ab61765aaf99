namespace MentorFlow.Durable.Worker;

/// <summary>
/// How the runtime's worker and client behave. The Functions host binds these from <c>host.json</c>
/// (<c>extensions:durableTask</c>); they are validated at start-up.
/// </summary>
public sealed class DurableTaskOptions
{
    /// <summary>The task hub's name: instances of different hubs never meet (stores may use it to name their tables).</summary>
    public string HubName { get; set; } = "DurableTaskHub";

    /// <summary>Orchestration steps this process runs at the same time.</summary>
    public int MaxConcurrentOrchestratorFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Activities this process runs at the same time.</summary>
    public int MaxConcurrentActivityFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>
    /// The poison bound: a work item taken more often than this without completing is not run again; the
    /// orchestration (or the activity, and through it its orchestration) fails with a reason saying so.
    /// </summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a lease on a work item lasts; a running activity renews it at half this interval.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The first wait when the store had no work; it doubles up to <see cref="MaxPollingInterval"/>.</summary>
    public TimeSpan MinPollingInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest wait between polls when idle. Work enqueued by this process wakes the worker at once.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a client waiting for an instance re-reads it (steps committed by this process wake it at once).</summary>
    public TimeSpan ClientPollingInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// With a start journal: the rate of accepted starts (per second, over the last second) above which the journal's
    /// starts are applied at <see cref="JournalPacedStartsPerSecond"/> instead of at once.
    /// </summary>
    public int JournalBurstThreshold { get; set; } = 200;

    /// <summary>
    /// With a start journal: how many journaled starts a second are applied to the store during a burst, a second's
    /// worth together (at most 256), so their first steps share commits.
    /// </summary>
    public int JournalPacedStartsPerSecond { get; set; } = 10;

    /// <summary>This worker's name in leases.</summary>
    public string WorkerId { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
