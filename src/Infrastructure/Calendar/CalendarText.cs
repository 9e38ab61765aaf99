using System.Globalization;
using System.Text;

namespace MentorFlow.Infrastructure.Calendar;

/// <summary>The lexical rules of RFC 5545: TEXT escaping, parameter values, dates, durations and line folding.</summary>
public static class CalendarText
{
    /// <summary>Content lines are at most 75 octets long, not counting the CRLF (RFC 5545 section 3.1).</summary>
    public const int MaxLineOctets = 75;

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma, and every kind of line break as <c>\n</c>.</summary>
    public static string EscapeText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case ';':
                    builder.Append(@"\;");
                    break;
                case ',':
                    builder.Append(@"\,");
                    break;
                case '\r':
                    builder.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                default:
                    // Other control characters are not allowed in TEXT; dropping them is safer than guessing.
                    if (!char.IsControl(c) || c == '\t')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A parameter value (such as CN), always quoted; a double quote cannot appear inside, so it becomes a single one.</summary>
    public static string QuoteParameter(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cleaned = new string([.. value.Where(c => !char.IsControl(c)).Select(c => c == '"' ? '\'' : c)]);
        return "\"" + cleaned + "\"";
    }

    public static string UtcDateTime(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string LocalDateTime(DateTime value)
        => value.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>A UTC offset as <c>+0100</c> or <c>-0500</c> (seconds only when the zone has them).</summary>
    public static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var absolute = offset.Duration();
        var text = sign + absolute.Hours.ToString("00", CultureInfo.InvariantCulture) + absolute.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return absolute.Seconds == 0 ? text : text + absolute.Seconds.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>A DURATION value such as <c>PT15M</c>, <c>-PT1H30M</c> or <c>-P1D</c>.</summary>
    public static string Duration(TimeSpan duration)
    {
        var builder = new StringBuilder();
        if (duration < TimeSpan.Zero)
        {
            builder.Append('-');
            duration = duration.Duration();
        }

        builder.Append('P');
        if (duration.Days > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{duration.Days}D");
        }

        if (duration.Hours > 0 || duration.Minutes > 0 || duration.Seconds > 0 || duration.Days == 0)
        {
            builder.Append('T');
            if (duration.Hours > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{duration.Hours}H");
            }

            if (duration.Minutes > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{duration.Minutes}M");
            }

            if (duration.Seconds > 0 || (duration.Hours == 0 && duration.Minutes == 0))
            {
                builder.Append(CultureInfo.InvariantCulture, $"{duration.Seconds}S");
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends one content line folded at 75 octets of UTF-8, each continuation line starting with a space, never
    /// splitting a character's bytes, and ending in CRLF.
    /// </summary>
    public static void AppendFolded(StringBuilder output, string line)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(line);
        Span<char> buffer = stackalloc char[2];
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            var written = rune.EncodeToUtf16(buffer);
            output.Append(buffer[..written]);
            octets += size;
        }

        output.Append("\r\n");
    }
}
