using MentorFlow.Infrastructure.Graph.Scheduling;

namespace MentorFlow.Infrastructure.Tests.Graph;

public sealed class WeeklyHoursTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly WeeklyHours NineToFiveNewYork = WeeklyHours.Weekdays(new TimeOnly(9, 0), new TimeOnly(17, 0), NewYork);

    [Fact]
    public void Judges_a_utc_meeting_by_the_persons_own_clock()
    {
        // Monday 9 March 2026, New York is on daylight time (UTC-4): 13:00 UTC is 09:00 there.
        var start = new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero);

        Assert.True(NineToFiveNewYork.Contains(start, start.AddHours(1)));
        Assert.False(NineToFiveNewYork.Contains(start.AddHours(-1), start));
    }

    [Fact]
    public void A_meeting_running_past_the_end_of_the_day_does_not_fit()
    {
        var start = new DateTimeOffset(2026, 3, 9, 20, 30, 0, TimeSpan.Zero); // 16:30 in New York

        Assert.False(NineToFiveNewYork.Contains(start, start.AddHours(1)));
        Assert.True(NineToFiveNewYork.Contains(start, start.AddMinutes(30)));
    }

    [Fact]
    public void Weekends_are_outside_weekday_hours()
    {
        var saturday = new DateTimeOffset(2026, 3, 14, 14, 0, 0, TimeSpan.Zero);

        Assert.False(NineToFiveNewYork.Contains(saturday, saturday.AddHours(1)));
    }

    [Fact]
    public void Hours_that_end_before_they_start_are_refused()
    {
        Assert.Throws<ArgumentException>(() => WeeklyHours.Weekdays(new TimeOnly(17, 0), new TimeOnly(9, 0), NewYork));
    }
}
