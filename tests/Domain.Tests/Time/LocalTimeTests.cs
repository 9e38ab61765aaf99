using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Tests.Time;

public class LocalTimeTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void A_wall_time_skipped_by_spring_forward_lands_just_after_the_change()
    {
        var instant = LocalTime.ToInstant(new DateTime(2026, 3, 29, 1, 30, 0), London);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
        Assert.Equal(new DateTime(2026, 3, 29, 2, 30, 0), instant.DateTime);
    }

    [Fact]
    public void A_wall_time_repeated_by_fall_back_is_its_first_occurrence()
    {
        var instant = LocalTime.ToInstant(new DateTime(2026, 10, 25, 1, 30, 0), London);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void An_ordinary_wall_time_uses_the_zone_offset_of_that_date()
    {
        Assert.Equal(TimeSpan.Zero, LocalTime.ToInstant(new DateTime(2026, 1, 5, 9, 0, 0), London).Offset);
        Assert.Equal(TimeSpan.FromHours(1), LocalTime.ToInstant(new DateTime(2026, 7, 6, 9, 0, 0), London).Offset);
    }
}
