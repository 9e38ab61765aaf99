namespace MentorFlow.Infrastructure.Graph.Scheduling;

/// <summary>
/// Hours in a person's own time zone on some days of the week (working hours, or a preference such as
/// "Tuesday and Thursday mornings"). A meeting fits when it starts and ends on one of those days within them.
/// </summary>
public sealed record WeeklyHours
{
    public WeeklyHours(IEnumerable<DayOfWeek> days, TimeOnly start, TimeOnly end, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(timeZone);
        if (end <= start)
        {
            throw new ArgumentException("The hours must end after they start on the same day.", nameof(end));
        }

        Days = days.ToHashSet();
        Start = start;
        End = end;
        TimeZone = timeZone;
    }

    public IReadOnlySet<DayOfWeek> Days { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeZoneInfo TimeZone { get; }

    public static WeeklyHours Weekdays(TimeOnly start, TimeOnly end, TimeZoneInfo timeZone) =>
        new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], start, end, timeZone);

    public bool Contains(DateTimeOffset start, DateTimeOffset end)
    {
        var localStart = TimeZoneInfo.ConvertTime(start, TimeZone);
        var localEnd = TimeZoneInfo.ConvertTime(end, TimeZone);
        return localStart.Date == localEnd.Date
            && Days.Contains(localStart.DayOfWeek)
            && TimeOnly.FromTimeSpan(localStart.TimeOfDay) >= Start
            && TimeOnly.FromTimeSpan(localEnd.TimeOfDay) <= End;
    }
}
