using System.Globalization;
using System.Text;
using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Time;

/// <summary>
/// An ISO 8601 duration (<c>P6M</c>, <c>P1Y2M10DT2H30M</c>, <c>PT5M</c>, <c>P2W</c>) as the components it was
/// written with. Years and months stay calendar units: adding <c>P1M</c> to 31 January gives the last day of
/// February, not 30 days later; that is why a duration is not a <see cref="TimeSpan"/>.
/// </summary>
/// <remarks>
/// Only non-negative whole numbers are accepted (no fractions, no <c>-P…</c>), and a duration may not exceed
/// 100 years: programme settings never need more, and the bound keeps date arithmetic in range.
/// </remarks>
public readonly record struct IsoDuration
{
    private const int MaxMonths = 100 * 12;
    private static readonly TimeSpan MaxFixedLength = TimeSpan.FromDays(36_525);
    private const string FormatMessage = "must be an ISO 8601 duration such as P6M, P1Y2M10DT2H30M, PT5M or P2W";

    private IsoDuration(int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    public int Years { get; }

    public int Months { get; }

    public int Weeks { get; }

    public int Days { get; }

    public int Hours { get; }

    public int Minutes { get; }

    public int Seconds { get; }

    public bool IsZero => this == default;

    /// <summary>True when the duration has years or months, whose length depends on the date it starts from.</summary>
    public bool HasCalendarPart => Years != 0 || Months != 0;

    /// <summary>The part of the duration with a fixed length: weeks, days, hours, minutes and seconds.</summary>
    public TimeSpan FixedPart => TimeSpan.FromDays((Weeks * 7) + Days) + new TimeSpan(Hours, Minutes, Seconds);

    public static IsoDuration FromMonths(int months) => Create(0, months, 0, 0, 0, 0, 0);

    public static IsoDuration FromDays(int days) => Create(0, 0, 0, days, 0, 0, 0);

    public static IsoDuration FromHours(int hours) => Create(0, 0, 0, 0, hours, 0, 0);

    public static IsoDuration FromMinutes(int minutes) => Create(0, 0, 0, 0, 0, minutes, 0);

    /// <summary>Parses <paramref name="text"/>; a refusal names <paramref name="field"/>.</summary>
    public static Result<IsoDuration> Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<IsoDuration>.Failure(field, "is required");
        }

        if (text.StartsWith('-'))
        {
            return Result<IsoDuration>.Failure(field, "must not be negative");
        }

        if (!TryParseComponents(text, out var parts))
        {
            return Result<IsoDuration>.Failure(field, FormatMessage);
        }

        var months = ((long)parts[0] * 12) + parts[1];
        var fixedTicks = (((long)parts[2] * 7) + parts[3]) * TimeSpan.TicksPerDay
            + (parts[4] * TimeSpan.TicksPerHour) + (parts[5] * TimeSpan.TicksPerMinute) + (parts[6] * TimeSpan.TicksPerSecond);
        if (months > MaxMonths || fixedTicks > MaxFixedLength.Ticks)
        {
            return Result<IsoDuration>.Failure(field, "must not exceed 100 years");
        }

        return Result<IsoDuration>.Success(new IsoDuration(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]));
    }

    /// <summary>Adds the duration: calendar months first (clamped to the month's last day), then the fixed part.</summary>
    public DateTimeOffset AddTo(DateTimeOffset instant) =>
        instant.AddMonths((Years * 12) + Months).Add(FixedPart);

    /// <summary>
    /// Adds the duration as a person in <paramref name="zone"/> would read a calendar: years, months, weeks and
    /// days move the local date and keep the local time of day across daylight-saving changes (a monthly review at
    /// 10:00 stays at 10:00), while hours, minutes and seconds are elapsed time.
    /// </summary>
    public DateTimeOffset AddTo(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var movedLocal = local.AddMonths((Years * 12) + Months).AddDays((Weeks * 7) + Days);
        var moved = LocalTime.ToInstant(movedLocal, zone);
        return TimeZoneInfo.ConvertTime(moved.Add(new TimeSpan(Hours, Minutes, Seconds)), zone);
    }

    /// <summary>
    /// Whether this duration, started at <paramref name="reference"/>, ends later than <paramref name="other"/> does.
    /// Calendar durations (P1M against P30D) only compare at a concrete date.
    /// </summary>
    public bool IsLongerThan(IsoDuration other, DateTimeOffset reference) => AddTo(reference) > other.AddTo(reference);

    public override string ToString()
    {
        if (IsZero)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Weeks, 'W');
        Append(text, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0)
        {
            text.Append('T');
            Append(text, Hours, 'H');
            Append(text, Minutes, 'M');
            Append(text, Seconds, 'S');
        }

        return text.ToString();
    }

    private static IsoDuration Create(int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        var text = new IsoDuration(years, months, weeks, days, hours, minutes, seconds).ToString();
        var parsed = Parse(text, "duration");
        return parsed.IsSuccess ? parsed.Value : throw new ArgumentOutOfRangeException(nameof(years), text, parsed.Errors[0].Message);
    }

    private static void Append(StringBuilder text, int value, char designator)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }

    // Grammar: P[nY][nM][nW][nD][T[nH][nM][nS]], at least one component, each designator at most once and in
    // order, and a T followed by at least one time component.
    private static bool TryParseComponents(string text, out int[] parts)
    {
        parts = new int[7];
        if (text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        var inTime = false;
        var lastSlot = -1;
        var index = 1;
        while (index < text.Length)
        {
            if (text[index] == 'T')
            {
                if (inTime || index == text.Length - 1)
                {
                    return false;
                }

                inTime = true;
                index++;
                continue;
            }

            var start = index;
            while (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index++;
            }

            var digits = index - start;
            if (digits == 0 || digits > 9 || index == text.Length)
            {
                return false;
            }

            var slot = SlotOf(text[index], inTime);
            if (slot <= lastSlot)
            {
                return false;
            }

            parts[slot] = int.Parse(text.AsSpan(start, digits), NumberStyles.None, CultureInfo.InvariantCulture);
            lastSlot = slot;
            index++;
        }

        return lastSlot >= 0 && (!inTime || lastSlot >= 4);
    }

    private static int SlotOf(char designator, bool inTime) => (designator, inTime) switch
    {
        ('Y', false) => 0,
        ('M', false) => 1,
        ('W', false) => 2,
        ('D', false) => 3,
        ('H', true) => 4,
        ('M', true) => 5,
        ('S', true) => 6,
        _ => -1,
    };
}
