using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Tests.Time;

public class IsoDurationTests
{
    [Theory]
    [InlineData("P6M", 0, 6, 0, 0, 0, 0, 0)]
    [InlineData("P1Y2M10DT2H30M", 1, 2, 0, 10, 2, 30, 0)]
    [InlineData("PT5M", 0, 0, 0, 0, 0, 5, 0)]
    [InlineData("P2W", 0, 0, 2, 0, 0, 0, 0)]
    [InlineData("P1W3D", 0, 0, 1, 3, 0, 0, 0)]
    [InlineData("PT36H", 0, 0, 0, 0, 36, 0, 0)]
    [InlineData("PT0S", 0, 0, 0, 0, 0, 0, 0)]
    [InlineData("P1DT1S", 0, 0, 0, 1, 0, 0, 1)]
    public void Parses_components_and_prints_them_back(string text, int y, int mo, int w, int d, int h, int mi, int s)
    {
        var duration = IsoDuration.Parse(text, "term").Value;

        Assert.Equal((y, mo, w, d, h, mi, s), (duration.Years, duration.Months, duration.Weeks, duration.Days, duration.Hours, duration.Minutes, duration.Seconds));
        Assert.Equal(text, duration.ToString());
    }

    [Theory]
    [InlineData("6M")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1MT")]
    [InlineData("P1M1Y")]
    [InlineData("PT1H1H")]
    [InlineData("P1.5M")]
    [InlineData("PT1,5H")]
    [InlineData("p6m")]
    [InlineData("P6X")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("P M")]
    [InlineData(" P6M")]
    [InlineData("P1234567890D")]
    public void Refuses_malformed_text_naming_the_field(string text)
    {
        var result = IsoDuration.Parse(text, "deadlines.agreement");

        var error = Assert.Single(result.Errors);
        Assert.Equal("deadlines.agreement", error.Field);
        Assert.Contains("ISO 8601 duration", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("", "is required")]
    [InlineData("-P1D", "must not be negative")]
    [InlineData("P101Y", "must not exceed 100 years")]
    [InlineData("P40000D", "must not exceed 100 years")]
    public void Refuses_missing_negative_and_huge_durations(string? text, string message)
    {
        var error = Assert.Single(IsoDuration.Parse(text, "term").Errors);

        Assert.Equal(new MentorFlow.Domain.Common.FieldError("term", message), error);
    }

    [Fact]
    public void Adding_a_month_follows_the_calendar_and_clamps_to_the_last_day()
    {
        var january31 = new DateTimeOffset(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 10, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1M", "x").Value.AddTo(january31));
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 10, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P3M", "x").Value.AddTo(january31));
    }

    [Fact]
    public void Years_and_months_are_added_together_so_a_leap_day_clamps_once()
    {
        var leapDay = new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2025, 3, 29, 0, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1Y1M", "x").Value.AddTo(leapDay));
    }

    [Fact]
    public void Adding_weeks_days_and_time_is_exact()
    {
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(start.AddDays(14), IsoDuration.Parse("P2W", "x").Value.AddTo(start));
        Assert.Equal(start.AddMinutes(5), IsoDuration.Parse("PT5M", "x").Value.AddTo(start));
        Assert.Equal(new DateTimeOffset(2027, 5, 11, 11, 30, 0, TimeSpan.Zero), IsoDuration.Parse("P1Y2M10DT2H30M", "x").Value.AddTo(start));
    }

    [Fact]
    public void Adding_in_a_zone_keeps_the_local_time_of_day_across_daylight_saving()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var review = new DateTimeOffset(2026, 3, 16, 10, 0, 0, TimeSpan.FromHours(1));

        var next = IsoDuration.FromMonths(1).AddTo(review, berlin);

        Assert.Equal(new DateTimeOffset(2026, 4, 16, 10, 0, 0, TimeSpan.FromHours(2)), next);
        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), next - review);
    }

    [Fact]
    public void Hours_in_a_zone_are_elapsed_time_even_over_a_clock_change()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var beforeChange = new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.FromHours(1));

        var later = IsoDuration.FromHours(2).AddTo(beforeChange, berlin);

        Assert.Equal(TimeSpan.FromHours(2), later - beforeChange);
        Assert.Equal(4, later.Hour);
    }

    [Fact]
    public void Calendar_durations_compare_at_a_concrete_date()
    {
        var february = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        var march = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.False(IsoDuration.FromMonths(1).IsLongerThan(IsoDuration.FromDays(30), february));
        Assert.True(IsoDuration.FromMonths(1).IsLongerThan(IsoDuration.FromDays(30), march));
    }

    [Fact]
    public void Equal_text_means_equal_durations_but_a_day_is_not_24_hours()
    {
        Assert.Equal(IsoDuration.Parse("P1D", "x").Value, IsoDuration.FromDays(1));
        Assert.NotEqual(IsoDuration.FromDays(1), IsoDuration.FromHours(24));
        Assert.True(default(IsoDuration).IsZero);
    }
}
