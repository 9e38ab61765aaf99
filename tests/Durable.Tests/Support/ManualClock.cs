namespace MentorFlow.Durable.Tests.Support;

/// <summary>
/// A clock that moves only when a test moves it, so lease expiry, visible-at times and timers are tested without
/// waiting and without asserting wall-clock time.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now;

    /// <summary>Starts the clock at <paramref name="start"/>, or at a fixed date when null.</summary>
    public ManualClock(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The current time as a UTC <see cref="DateTime"/>, the form the store keeps.</summary>
    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _now += by;
        }
    }
}
