using MentorFlow.Domain.Reviews;
using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Tests.Reviews;

public sealed class ReviewScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_six_month_term_reviewed_monthly_has_six_cycles_back_to_back()
    {
        var schedule = ReviewSchedule.For(Start, Start.AddMonths(6), IsoDuration.FromMonths(1));

        Assert.Equal([1, 2, 3, 4, 5, 6], schedule.Select(c => c.Number));
        Assert.Equal(Start, schedule[0].Starts);
        Assert.Equal(Start.AddMonths(6), schedule[^1].Ends);
        Assert.All(schedule.Skip(1), c => Assert.Equal(schedule[c.Number - 2].Ends, c.Starts));
    }

    [Fact]
    public void A_last_stretch_shorter_than_half_a_cadence_joins_the_cycle_before()
    {
        var schedule = ReviewSchedule.For(Start, Start.AddMinutes(33), IsoDuration.FromMinutes(10));

        Assert.Equal(3, schedule.Count);
        Assert.Equal(Start.AddMinutes(33), schedule[^1].Ends);
    }

    [Fact]
    public void A_last_stretch_of_half_a_cadence_or_more_is_a_cycle_of_its_own()
    {
        var schedule = ReviewSchedule.For(Start, Start.AddMinutes(36), IsoDuration.FromMinutes(10));

        Assert.Equal(4, schedule.Count);
        Assert.Equal((Start.AddMinutes(30), Start.AddMinutes(36)), (schedule[^1].Starts, schedule[^1].Ends));
    }

    [Fact]
    public void A_cadence_far_shorter_than_the_term_stops_at_the_cap_and_still_ends_with_the_term()
    {
        var schedule = ReviewSchedule.For(Start, Start.AddDays(30), IsoDuration.FromHours(1));

        Assert.Equal(ReviewSchedule.MaxCycles, schedule.Count);
        Assert.Equal(Start.AddDays(30), schedule[^1].Ends);
    }

    [Fact]
    public void Mentees_of_a_group_who_start_at_different_times_share_the_grid_slots()
    {
        var anchor = Start;
        var first = ReviewSchedule.OnGrid(anchor, Start.AddMinutes(3), Start.AddMinutes(40), IsoDuration.FromMinutes(10));
        var second = ReviewSchedule.OnGrid(anchor, Start.AddMinutes(7), Start.AddMinutes(45), IsoDuration.FromMinutes(10));

        Assert.Equal(Start.AddMinutes(10), first[0].Starts);
        Assert.Equal(first.Select(c => c.Starts), second.Take(first.Count).Select(c => c.Starts));
        Assert.Equal(Start.AddMinutes(40), second[^1].Starts);
        Assert.All(first, c => Assert.Equal(c.Starts.AddMinutes(10), c.Ends));
    }

    [Fact]
    public void A_monthly_group_grid_steps_by_calendar_months_from_the_anchor()
    {
        var schedule = ReviewSchedule.OnGrid(Start, Start.AddDays(40), Start.AddMonths(4), IsoDuration.FromMonths(1));

        Assert.Equal([Start.AddMonths(2), Start.AddMonths(3)], schedule.Select(c => c.Starts));
    }
}
