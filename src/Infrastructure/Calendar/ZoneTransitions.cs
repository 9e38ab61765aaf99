namespace MentorFlow.Infrastructure.Calendar;

/// <summary>
/// Finds the offset changes of a zone by asking the zone itself (<see cref="TimeZoneInfo.GetUtcOffset(DateTimeOffset)"/>)
/// rather than reading its adjustment rules: the rules look different on Windows and on Linux (where tzdata becomes
/// many fixed-date rules plus a floating one), while the offsets are what calendars need and are the same everywhere.
/// </summary>
public static class ZoneTransitions
{
    // No zone changes its offset twice within a day, so a daily probe sees every change.
    private static readonly TimeSpan s_probe = TimeSpan.FromDays(1);

    public static IReadOnlyList<ZoneTransition> Between(TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var transitions = new List<ZoneTransition>();
        var before = from;
        var offset = zone.GetUtcOffset(before);
        while (before < to)
        {
            var after = before + s_probe < to ? before + s_probe : to;
            var next = zone.GetUtcOffset(after);
            if (next != offset)
            {
                var at = FirstInstantWithNewOffset(zone, before, after, offset);
                transitions.Add(new ZoneTransition(at, offset, next, zone.IsDaylightSavingTime(at)));
                offset = next;
            }

            before = after;
        }

        return transitions;
    }

    private static DateTimeOffset FirstInstantWithNewOffset(TimeZoneInfo zone, DateTimeOffset low, DateTimeOffset high, TimeSpan oldOffset)
    {
        // Invariant: low has the old offset, high the new one; narrow to one second.
        while (high - low > TimeSpan.FromSeconds(1))
        {
            var middle = low + ((high - low) / 2);
            if (zone.GetUtcOffset(middle) == oldOffset)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return new DateTimeOffset(high.UtcTicks - (high.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
