using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Tests.Builders;

namespace MentorFlow.Domain.Tests.Meetings;

public sealed class MeetingSlotTests
{
    private static readonly Programme Programme = new ProgrammeBuilder().Build();

    // Monday 5 January 2026: London is on UTC, New York five hours behind.
    private static readonly DateTimeOffset MondayMorning = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private static ParticipantProfile Person(string name, string zone, params string[] slots) =>
        new MentorBuilder(name).InZone(zone).AvailableOn(slots).Build(Programme).Profile;

    [Fact]
    public void The_meeting_goes_at_the_first_time_both_people_are_free_in_their_own_zones()
    {
        var london = Person("Lea London", "Europe/London", "monday 09:00-17:00");
        var newYork = Person("Ned York", "America/New_York", "monday 09:00-12:00");

        var slot = MeetingSlot.Choose([london, newYork], MondayMorning, MondayMorning.AddDays(7), TimeSpan.FromHours(1));

        Assert.Equal((new DateTimeOffset(2026, 1, 5, 14, 0, 0, TimeSpan.Zero), true), (slot.StartsAt, slot.InEveryonesAvailability));
    }

    [Fact]
    public void A_shared_stretch_shorter_than_the_meeting_offers_no_slot_in_any_week()
    {
        var london = Person("Lea London", "Europe/London", "monday 09:00-10:30");
        var other = Person("Olga Other", "Europe/London", "monday 10:00-12:00");

        var slot = MeetingSlot.Choose([london, other], MondayMorning, MondayMorning.AddDays(10), TimeSpan.FromHours(1));

        Assert.False(slot.InEveryonesAvailability);
        Assert.Equal(MondayMorning, slot.StartsAt);
    }

    [Fact]
    public void Without_a_shared_time_in_the_window_the_default_slot_is_the_window_start()
    {
        var early = Person("Eve Early", "Europe/London", "tuesday 07:00-08:00");
        var late = Person("Lou Late", "Europe/London", "tuesday 20:00-21:00");

        var slot = MeetingSlot.Choose([early, late], MondayMorning.AddMinutes(7), MondayMorning.AddDays(7), TimeSpan.FromHours(1));

        Assert.Equal((MondayMorning.AddMinutes(15), false), (slot.StartsAt, slot.InEveryonesAvailability));
    }

    [Fact]
    public void Within_a_shared_stretch_the_meeting_starts_no_earlier_than_the_window()
    {
        var both = new[] { Person("Ann A", "Europe/London", "monday 08:00-18:00"), Person("Bob B", "Europe/London", "monday 08:00-18:00") };

        var slot = MeetingSlot.Choose(both, MondayMorning.AddMinutes(2).AddSeconds(30), MondayMorning.AddMinutes(10), TimeSpan.FromMinutes(2));

        Assert.Equal((MondayMorning.AddMinutes(3), true), (slot.StartsAt, slot.InEveryonesAvailability));
    }

    [Theory]
    [InlineData(30 * 24 * 60, 60)]
    [InlineData(10, 2)]
    [InlineData(2, 1)]
    public void Meetings_last_an_hour_or_a_quarter_of_a_short_cycle(int cycleMinutes, int expectedMinutes)
        => Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), MeetingSlot.DurationFor(TimeSpan.FromMinutes(cycleMinutes)));
}
