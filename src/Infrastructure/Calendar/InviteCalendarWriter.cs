using System.Text;
using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.Calendar;

/// <summary>
/// Writes a <see cref="MeetingInvite"/> as an iTIP message (RFC 5545 and 5546): one VEVENT with no recurrence, its
/// VTIMEZONE, and CRLF line ends, folded at 75 octets. The same text serves the local outbox and SendGrid.
/// </summary>
public sealed class InviteCalendarWriter(TimeProvider clock)
{
    public const string ProductId = "-//MentorFlow//Mentoring meetings//EN";

    // Transitions a year either side of the meeting: enough for any calendar to place it, even after a move.
    private static readonly TimeSpan s_zoneWindow = TimeSpan.FromDays(366);

    public string Write(MeetingInvite invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        ArgumentOutOfRangeException.ThrowIfNegative(invite.Sequence);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(invite.Duration, TimeSpan.Zero);
        if (invite.Attendees.Count == 0)
        {
            throw new ArgumentException("An invite needs at least one attendee.", nameof(invite));
        }

        var cancel = invite.Method == InviteMethod.Cancel;
        var output = new StringBuilder(2048);
        void Line(string line) => CalendarText.AppendFolded(output, line);

        Line("BEGIN:VCALENDAR");
        Line("PRODID:" + ProductId);
        Line("VERSION:2.0");
        Line("CALSCALE:GREGORIAN");
        Line(cancel ? "METHOD:CANCEL" : "METHOD:REQUEST");

        var zone = invite.TimeZone;
        var inUtc = IsUtc(zone);
        var zoneId = ZoneId(zone);
        if (!inUtc)
        {
            WriteTimeZone(Line, zone, zoneId, invite.StartsAt - s_zoneWindow, invite.StartsAt + invite.Duration + s_zoneWindow);
        }

        Line("BEGIN:VEVENT");
        Line("UID:" + CalendarUid.FromKey(invite.Key));
        Line("SEQUENCE:" + invite.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line("DTSTAMP:" + CalendarText.UtcDateTime(clock.GetUtcNow()));
        Line(DateTimeLine("DTSTART", invite.StartsAt, zone, zoneId, inUtc));
        Line(DateTimeLine("DTEND", invite.StartsAt + invite.Duration, zone, zoneId, inUtc));
        Line("SUMMARY:" + CalendarText.EscapeText(invite.Summary));
        if (invite.Description.Length > 0)
        {
            Line("DESCRIPTION:" + CalendarText.EscapeText(invite.Description));
        }

        var location = invite.Location ?? invite.JoinLink?.AbsoluteUri;
        if (location is not null)
        {
            Line("LOCATION:" + CalendarText.EscapeText(location));
        }

        if (invite.JoinLink is not null)
        {
            Line("URL:" + invite.JoinLink.AbsoluteUri);
        }

        Line("ORGANIZER" + NameParameter(invite.Organizer) + ":mailto:" + invite.Organizer.Email);
        foreach (var attendee in invite.Attendees)
        {
            var role = attendee.Optional ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT";
            Line($"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP={(cancel ? "FALSE" : "TRUE")}{NameParameter(attendee)}:mailto:{attendee.Email}");
        }

        Line(cancel ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        Line("TRANSP:OPAQUE");
        if (!cancel && invite.ReminderBefore is { } before)
        {
            Line("BEGIN:VALARM");
            Line("ACTION:DISPLAY");
            Line("DESCRIPTION:" + CalendarText.EscapeText(invite.Summary));
            Line("TRIGGER:" + CalendarText.Duration(-before));
            Line("END:VALARM");
        }

        Line("END:VEVENT");
        Line("END:VCALENDAR");
        return output.ToString();
    }

    private static bool IsUtc(TimeZoneInfo zone) => zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;

    /// <summary>The IANA name, which every calendar client recognises; Windows ids are converted when possible.</summary>
    private static string ZoneId(TimeZoneInfo zone)
        => !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;

    private static string NameParameter(InvitePerson person)
        => string.IsNullOrWhiteSpace(person.Name) ? string.Empty : ";CN=" + CalendarText.QuoteParameter(person.Name);

    private static string DateTimeLine(string name, DateTimeOffset instant, TimeZoneInfo zone, string zoneId, bool inUtc)
        => inUtc
            ? name + ":" + CalendarText.UtcDateTime(instant)
            : $"{name};TZID={zoneId}:{CalendarText.LocalDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime)}";

    /// <summary>
    /// One observance per offset change in the window, each with an explicit DTSTART (local time before the change,
    /// as RFC 5545 wants), after a first one that states the offset in force at the window's start.
    /// </summary>
    private static void WriteTimeZone(Action<string> line, TimeZoneInfo zone, string zoneId, DateTimeOffset from, DateTimeOffset to)
    {
        var start = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero);
        var initial = zone.GetUtcOffset(start);
        line("BEGIN:VTIMEZONE");
        line("TZID:" + zoneId);
        Observance(line, zone.IsDaylightSavingTime(start), start, initial, initial);
        foreach (var transition in ZoneTransitions.Between(zone, start, to))
        {
            Observance(line, transition.IsDaylight, transition.At, transition.OffsetFrom, transition.OffsetTo);
        }

        line("END:VTIMEZONE");
    }

    private static void Observance(Action<string> line, bool daylight, DateTimeOffset at, TimeSpan offsetFrom, TimeSpan offsetTo)
    {
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        line("BEGIN:" + kind);
        line("DTSTART:" + CalendarText.LocalDateTime(at.UtcDateTime + offsetFrom));
        line("TZOFFSETFROM:" + CalendarText.Offset(offsetFrom));
        line("TZOFFSETTO:" + CalendarText.Offset(offsetTo));
        line("END:" + kind);
    }
}
