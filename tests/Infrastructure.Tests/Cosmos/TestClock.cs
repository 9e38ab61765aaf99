namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>A clock that moves only when a test moves it: leases, visible-at times and timers without waiting.</summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
