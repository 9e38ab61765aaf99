using System.Globalization;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Tests.Enrolments;

/// <summary>Availability times: the direct reading of plain <c>HH:mm</c> agrees with the parser it stands in front of.</summary>
public sealed class ClockMinutesTests
{
    // Digits, the colon, and characters a careless or exotic client might send where they are expected.
    private const string Alphabet = "0123456789: a\u0663";

    [Fact]
    public void The_direct_reading_takes_exactly_the_plain_times_and_reads_them_as_the_parser_does()
    {
        int taken = 0;
        Span<char> text = stackalloc char[5];
        int combinations = (int)Math.Pow(Alphabet.Length, text.Length);
        for (int n = 0; n < combinations; n++)
        {
            // Every five-character string over the alphabet, n read as a number in its base.
            for (int i = 0, rest = n; i < text.Length; i++, rest /= Alphabet.Length)
            {
                text[i] = Alphabet[rest % Alphabet.Length];
            }

            var value = new string(text);
            if (EnrolmentFields.PlainClockMinutes(value) is not { } minutes)
            {
                continue;
            }

            taken++;
            Assert.True(TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time), value);
            Assert.Equal((time.Hour * 60) + time.Minute, minutes);
        }

        Assert.Equal(24 * 60, taken);
    }

    [Theory]
    [InlineData("00:00", false, 0)]
    [InlineData("08:30", false, 510)]
    [InlineData(" 23:59 ", false, 1439)]
    [InlineData("24:00", true, 1440)]
    [InlineData("9:15", false, null)]
    [InlineData("24:00", false, null)]
    [InlineData("12:60", false, null)]
    [InlineData("12.30", false, null)]
    [InlineData("١٢:٣٠", false, null)]
    [InlineData("12:30:00", false, null)]
    public void A_time_is_read_or_refused_as_the_parser_reads_it(string text, bool isEnd, int? expected)
    {
        var errors = new FieldErrorCollector();

        var minutes = EnrolmentFields.ClockMinutes(text, "availability[0].start", isEnd, errors);

        Assert.Equal(expected, minutes);
        Assert.Equal(expected is null ? 1 : 0, errors.Errors.Count);
    }

    [Fact]
    public void Lengths_other_than_five_are_left_to_the_parser()
    {
        Assert.Null(EnrolmentFields.PlainClockMinutes(""));
        Assert.Null(EnrolmentFields.PlainClockMinutes("1:00"));
        Assert.Null(EnrolmentFields.PlainClockMinutes("001:00"));
    }
}
