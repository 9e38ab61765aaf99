namespace MentorFlow.Domain.Time;

/// <summary>Turns a wall-clock time in a zone into an instant, including the times daylight saving skips or repeats.</summary>
public static class LocalTime
{
    /// <summary>
    /// The instant at which clocks in <paramref name="zone"/> show <paramref name="local"/>. A time skipped by a
    /// spring-forward change is read as the same moment after the change (02:30 becomes 03:30), the way calendar
    /// applications place it; a time repeated by a fall-back change is read as its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            // The offset before the gap, applied to the skipped wall time, lands just after the gap.
            var before = zone.GetUtcOffset(unspecified.AddHours(-3));
            return new DateTimeOffset(unspecified, before).ToOffset(zone.GetUtcOffset(new DateTimeOffset(unspecified, before)));
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(unspecified);
            var first = offsets.Max();
            return new DateTimeOffset(unspecified, first);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
