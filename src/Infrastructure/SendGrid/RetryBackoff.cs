namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>Exponential backoff with "equal jitter": half the step fixed, half random, so clients spread out.</summary>
public static class RetryBackoff
{
    /// <param name="retry">1 for the wait before the second attempt, 2 before the third, ...</param>
    /// <param name="first">The step before the second attempt.</param>
    /// <param name="max">The cap on any step.</param>
    /// <param name="jitter">A value in [0, 1), random in production.</param>
    public static TimeSpan Delay(int retry, TimeSpan first, TimeSpan max, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var step = Math.Min(max.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, retry - 1));
        return TimeSpan.FromMilliseconds((step / 2) + (step / 2 * jitter));
    }
}
