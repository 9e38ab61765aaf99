namespace MentorFlow.Durable;

/// <summary>
/// How a failed activity or sub-orchestration call is retried. The orchestration waits between attempts on durable
/// timers, so retries survive restarts and are replayed deterministically: the delay after attempt <c>n</c> is
/// <c>FirstRetryInterval * BackoffCoefficient^(n-1)</c>, capped at <see cref="MaxRetryInterval"/>.
/// </summary>
public sealed class RetryPolicy
{
    /// <summary>Creates a retry policy.</summary>
    /// <param name="maxNumberOfAttempts">Attempts in all, the first included; at least 1.</param>
    /// <param name="firstRetryInterval">The wait before the second attempt; more than zero.</param>
    /// <param name="backoffCoefficient">What each further wait is multiplied by; at least 1.</param>
    /// <param name="maxRetryInterval">The longest wait between attempts; one hour when null.</param>
    /// <param name="retryTimeout">Give up when the next attempt would start this long after the first; never when null.</param>
    public RetryPolicy(
        int maxNumberOfAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        if (maxRetryInterval is { } max && max < firstRetryInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRetryInterval), max, "The max retry interval must not be shorter than the first retry interval.");
        }

        if (retryTimeout is { } timeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(retryTimeout));
        }

        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
        RetryTimeout = retryTimeout;
    }

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxNumberOfAttempts { get; }

    /// <summary>The wait before the second attempt.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>What each further wait is multiplied by.</summary>
    public double BackoffCoefficient { get; }

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>Give up when the next attempt would start this long after the first; null: never.</summary>
    public TimeSpan? RetryTimeout { get; }

    /// <summary>
    /// Decides whether a failure is worth retrying (for example only transient ones); all are when null.
    /// It runs inside the orchestrator, so it must be deterministic.
    /// </summary>
    public Func<FailureDetails, bool>? HandleFailure { get; init; }

    /// <summary>
    /// The wait before the next attempt, or null to give up: after the last attempt, for a failure that is
    /// non-retriable or that <see cref="HandleFailure"/> rejects, or when the next attempt would start after
    /// <see cref="RetryTimeout"/>.
    /// </summary>
    /// <param name="failedAttempt">The attempt that just failed, 1 for the first.</param>
    /// <param name="failure">Why it failed.</param>
    /// <param name="elapsed">Time from the first attempt's start to now.</param>
    public TimeSpan? GetNextDelay(int failedAttempt, FailureDetails failure, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failedAttempt >= MaxNumberOfAttempts || failure.IsNonRetriable || (HandleFailure is { } handle && !handle(failure)))
        {
            return null;
        }

        double milliseconds = FirstRetryInterval.TotalMilliseconds * Math.Pow(BackoffCoefficient, failedAttempt - 1);
        TimeSpan delay = milliseconds >= MaxRetryInterval.TotalMilliseconds ? MaxRetryInterval : TimeSpan.FromMilliseconds(milliseconds);
        return RetryTimeout is { } timeout && elapsed + delay > timeout ? null : delay;
    }
}
