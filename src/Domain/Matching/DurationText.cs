using System.Globalization;

namespace MentorFlow.Domain.Matching;

/// <summary>Durations as people say them in reasons: "6 h", "1 h 30 min", "45 min".</summary>
internal static class DurationText
{
    public static string Minutes(int minutes)
    {
        var hours = minutes / 60;
        var rest = minutes % 60;
        return (hours, rest) switch
        {
            (0, _) => string.Create(CultureInfo.InvariantCulture, $"{rest} min"),
            (_, 0) => string.Create(CultureInfo.InvariantCulture, $"{hours} h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{hours} h {rest} min"),
        };
    }
}
