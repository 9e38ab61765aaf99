using System.Globalization;
using System.Text;

namespace MentorFlow.Infrastructure.Tests.Calendar;

/// <summary>
/// A small RFC 5545 reader for checking the writer's output: unfolds lines, splits properties into name,
/// parameters and value, nests components, and resolves a VTIMEZONE's offset at a local time.
/// </summary>
public sealed class ParsedCalendar
{
    private ParsedCalendar(CalendarComponent root) => Root = root;

    public CalendarComponent Root { get; }

    public static ParsedCalendar Parse(string text)
    {
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        var stack = new Stack<CalendarComponent>();
        CalendarComponent? root = null;
        foreach (var line in unfolded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var property = CalendarProperty.Parse(line);
            if (property.Name == "BEGIN")
            {
                var component = new CalendarComponent(property.Value);
                if (stack.TryPeek(out var parent))
                {
                    parent.Add(component);
                }
                else
                {
                    root = component;
                }

                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                Assert.Equal(stack.Pop().Name, property.Value);
            }
            else
            {
                stack.Peek().Add(property);
            }
        }

        Assert.Empty(stack);
        return new ParsedCalendar(root ?? throw new InvalidOperationException("No component."));
    }

    public static string Unescape(string value)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                builder.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The offset the VTIMEZONE gives at a local wall time: that of the latest observance begun by then.</summary>
    public static TimeSpan OffsetAt(CalendarComponent timeZone, DateTime local)
    {
        var latest = timeZone.Components
            .Select(o => (Start: LocalTime(o.Value("DTSTART")), To: ParseOffset(o.Value("TZOFFSETTO"))))
            .Where(o => o.Start <= local)
            .MaxBy(o => o.Start);
        return latest.To;
    }

    public static DateTime LocalTime(string value)
        => DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static TimeSpan ParseOffset(string value)
    {
        var sign = value[0] == '-' ? -1 : 1;
        var hours = int.Parse(value.AsSpan(1, 2), CultureInfo.InvariantCulture);
        var minutes = int.Parse(value.AsSpan(3, 2), CultureInfo.InvariantCulture);
        return sign * new TimeSpan(hours, minutes, 0);
    }
}
