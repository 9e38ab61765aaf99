using MentorFlow.Infrastructure.Graph.Scheduling;

namespace MentorFlow.Infrastructure.Tests.Graph;

public sealed class FreeSlotFinderTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    private static ParticipantCalendar Free() => new([], []);

    private static ParticipantCalendar BusyBetween(double fromHour, double toHour) =>
        new([new BusyInterval(Monday.AddHours(fromHour), Monday.AddHours(toHour))], []);

    [Fact]
    public void Starts_on_a_whole_step_after_an_odd_window_start()
    {
        var start = FreeSlotFinder.FindEarliest(Monday.AddMinutes(9 * 60 + 7), Monday.AddDays(1), Hour, HalfHour, [Free()]);

        Assert.Equal(Monday.AddHours(9.5), start);
    }

    [Fact]
    public void Skips_any_slot_that_touches_a_busy_interval_of_anyone()
    {
        var start = FreeSlotFinder.FindEarliest(Monday, Monday.AddDays(1), Hour, HalfHour, [BusyBetween(0, 10), BusyBetween(10.5, 11)]);

        Assert.Equal(Monday.AddHours(11), start);
    }

    [Fact]
    public void A_meeting_may_start_when_a_busy_interval_ends()
    {
        var start = FreeSlotFinder.FindEarliest(Monday.AddHours(9), Monday.AddDays(1), Hour, HalfHour, [BusyBetween(9, 10)]);

        Assert.Equal(Monday.AddHours(10), start);
    }

    [Fact]
    public void Finds_nothing_when_the_meeting_does_not_fit_before_the_window_ends()
    {
        var start = FreeSlotFinder.FindEarliest(Monday, Monday.AddHours(12), Hour, HalfHour, [BusyBetween(0, 11.5)]);

        Assert.Null(start);
    }

    [Fact]
    public void Every_weekly_hours_entry_of_a_participant_must_hold()
    {
        var working = WeeklyHours.Weekdays(new TimeOnly(9, 0), new TimeOnly(17, 0), TimeZoneInfo.Utc);
        var preferred = WeeklyHours.Weekdays(new TimeOnly(15, 0), new TimeOnly(20, 0), TimeZoneInfo.Utc);

        var start = FreeSlotFinder.FindEarliest(Monday, Monday.AddDays(1), Hour, HalfHour, [new ParticipantCalendar([], [working, preferred])]);

        Assert.Equal(Monday.AddHours(15), start);
    }
}
