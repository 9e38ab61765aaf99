using System.Security.Cryptography;
using System.Text;

namespace MentorFlow.Infrastructure.Calendar;

/// <summary>
/// The UID of a meeting, derived from its business key: the same key always gives the same UID, so an update or
/// cancellation replaces the event the calendar already holds. Hashed, because keys may hold ids that do not belong
/// in the attendees' calendars.
/// </summary>
public static class CalendarUid
{
    public const string Domain = "mentorflow";

    public static string FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "@" + Domain;
    }
}
