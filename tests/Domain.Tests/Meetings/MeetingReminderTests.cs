using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Tests.Meetings;

public sealed class MeetingReminderTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    private static ProgrammeDeadlines Deadlines(params IsoDuration[] reminderOffsets) =>
        new(IsoDuration.FromDays(7), IsoDuration.FromDays(14), IsoDuration.FromDays(3), reminderOffsets);

    [Fact]
    public void The_lead_is_the_programmes_shortest_reminder_offset()
    {
        var lead = MeetingReminder.LeadFor(Deadlines(IsoDuration.FromDays(2), IsoDuration.FromDays(1)), StartsAt, TimeSpan.FromDays(30));

        Assert.Equal(TimeSpan.FromDays(1), lead);
    }

    [Fact]
    public void Without_reminder_offsets_the_lead_is_a_day()
    {
        Assert.Equal(TimeSpan.FromDays(1), MeetingReminder.LeadFor(Deadlines(), StartsAt, TimeSpan.FromDays(30)));
    }

    [Fact]
    public void The_lead_is_at_most_a_quarter_of_the_cycle_so_demo_cadences_get_minutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(2.5), MeetingReminder.LeadFor(Deadlines(IsoDuration.FromDays(1)), StartsAt, TimeSpan.FromMinutes(10)));
        Assert.Equal(TimeSpan.FromMinutes(2), MeetingReminder.LeadFor(Deadlines(IsoDuration.FromMinutes(2)), StartsAt, TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void A_reminder_whose_time_has_passed_at_booking_is_not_sent()
    {
        var deadlines = Deadlines(IsoDuration.FromDays(1));

        Assert.Equal(StartsAt.AddDays(-1), MeetingReminder.At(deadlines, StartsAt, TimeSpan.FromDays(30), StartsAt.AddDays(-3)));
        Assert.Null(MeetingReminder.At(deadlines, StartsAt, TimeSpan.FromDays(30), StartsAt.AddDays(-1)));
        Assert.Null(MeetingReminder.At(deadlines, StartsAt, TimeSpan.FromDays(30), StartsAt.AddHours(-2)));
    }
}
