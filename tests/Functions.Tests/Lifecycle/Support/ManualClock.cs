namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>A clock that moves only when a test moves it: durable timers (deadlines, reminders, meetings) fire when it passes them.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock to <paramref name="instant"/> (never backwards).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            if (instant > _now)
            {
                _now = instant;
            }
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
