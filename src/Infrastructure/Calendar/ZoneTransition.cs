namespace MentorFlow.Infrastructure.Calendar;

/// <summary>An instant at which a zone's UTC offset changes, and whether the new offset is daylight saving time.</summary>
public sealed record ZoneTransition(DateTimeOffset At, TimeSpan OffsetFrom, TimeSpan OffsetTo, bool IsDaylight);
