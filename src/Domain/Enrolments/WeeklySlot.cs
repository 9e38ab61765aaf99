using System.Globalization;

namespace MentorFlow.Domain.Enrolments;

/// <summary>
/// A recurring weekly time a person is available, in their own time zone: a day and minutes since local midnight
/// (<see cref="EndMinute"/> may be 1440, written <c>24:00</c>, for "until the end of the day").
/// </summary>
public sealed record WeeklySlot(DayOfWeek Day, int StartMinute, int EndMinute)
{
    public const int MinutesPerDay = 24 * 60;

    public TimeSpan Length => TimeSpan.FromMinutes(EndMinute - StartMinute);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Day} {StartMinute / 60:00}:{StartMinute % 60:00}-{EndMinute / 60:00}:{EndMinute % 60:00}");
}
