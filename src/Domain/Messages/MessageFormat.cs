using System.Globalization;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Messages;

/// <summary>How dates, shares and people are written in emails: invariant, unambiguous, short.</summary>
internal static class MessageFormat
{
    /// <summary>"Tue 3 Mar 2026, 14:00 (UTC+01:00)": the caller passes the time in the recipient's offset.</summary>
    public static string Moment(DateTimeOffset value)
    {
        var offset = value.Offset == TimeSpan.Zero ? "UTC" : "UTC" + value.ToString("zzz", CultureInfo.InvariantCulture);
        return value.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({offset})";
    }

    public static string Date(DateTimeOffset value) => value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan duration) => duration switch
    {
        { TotalMinutes: < 60 } => $"{(int)duration.TotalMinutes} minutes",
        { Minutes: 0 } when duration.TotalHours == 1 => "1 hour",
        { Minutes: 0 } => $"{(int)duration.TotalHours} hours",
        _ => $"{(int)duration.TotalHours} h {duration.Minutes} min",
    };

    public static string Role(MentorshipRole role) => role == MentorshipRole.Mentee ? "mentee" : "mentor";

    public static string Requester(CloseRequester requester) => requester switch
    {
        CloseRequester.Mentee => "the mentee",
        CloseRequester.Mentor => "the mentor",
        _ => "the programme administrator",
    };

    /// <summary>"Ada", "Ada and Grace", "Ada, Grace and Linus".</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
