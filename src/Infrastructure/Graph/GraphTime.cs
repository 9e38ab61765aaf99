using System.Globalization;
using Microsoft.Graph.Models;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>
/// Converts between <see cref="DateTimeOffset"/> and Graph's <c>dateTimeTimeZone</c>. MentorFlow writes UTC
/// (unambiguous across the participants' zones; Outlook shows each attendee their own local time) and asks
/// Graph to answer in UTC with <c>Prefer: outlook.timezone="UTC"</c>.
/// </summary>
public static class GraphTime
{
    public const string PreferUtc = "outlook.timezone=\"UTC\"";

    public static DateTimeTimeZone ToGraph(DateTimeOffset value) => new()
    {
        DateTime = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = "UTC",
    };

    /// <summary>Reads a Graph date-time in the zone it names (UTC, a Windows or an IANA zone id).</summary>
    public static DateTimeOffset? FromGraph(DateTimeTimeZone? value)
    {
        if (value?.DateTime is null
            || !DateTime.TryParse(value.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var zone = value.TimeZone is null or "UTC" or "Etc/UTC" || !TimeZoneInfo.TryFindSystemTimeZoneById(value.TimeZone, out var found)
            ? TimeZoneInfo.Utc
            : found;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
