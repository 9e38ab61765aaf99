using System.Text;
using MentorFlow.Infrastructure.Calendar;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Calendar;

public sealed class InviteCalendarWriterTests
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly InviteCalendarWriter _writer = new(new InstantTimeProvider(s_now));

    private static CalendarComponent Event(string text) => ParsedCalendar.Parse(text).Root.Child("VEVENT");

    [Fact]
    public void A_request_has_the_calendar_headers_and_one_event_without_recurrence()
    {
        var text = _writer.Write(new MeetingInviteBuilder().Build());

        var calendar = ParsedCalendar.Parse(text).Root;
        Assert.Equal("VCALENDAR", calendar.Name);
        Assert.Equal(InviteCalendarWriter.ProductId, calendar.Value("PRODID"));
        Assert.Equal("2.0", calendar.Value("VERSION"));
        Assert.Equal("REQUEST", calendar.Value("METHOD"));
        var meeting = calendar.Child("VEVENT");
        Assert.Equal("0", meeting.Value("SEQUENCE"));
        Assert.Equal("CONFIRMED", meeting.Value("STATUS"));
        Assert.Equal("20260301T120000Z", meeting.Value("DTSTAMP"));
        Assert.DoesNotContain("RRULE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_ends_in_crlf()
    {
        var text = _writer.Write(new MeetingInviteBuilder().WithDescription("First line\nsecond line\r\nthird").Build());

        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Assert.Equal('\r', text[i - 1]);
            }
        }
    }

    [Fact]
    public void Attendees_carry_role_participation_rsvp_and_name()
    {
        var invite = new MeetingInviteBuilder()
            .WithAttendees(new InvitePerson("ada@example.org", "Ada Mentee"), new InvitePerson("lead@example.org", "Programme Lead", Optional: true))
            .Build();

        var attendees = Event(_writer.Write(invite)).Properties.Where(p => p.Name == "ATTENDEE").ToList();

        Assert.Equal(2, attendees.Count);
        Assert.Equal("mailto:ada@example.org", attendees[0].Value);
        Assert.Equal("REQ-PARTICIPANT", attendees[0].Parameters["ROLE"]);
        Assert.Equal("NEEDS-ACTION", attendees[0].Parameters["PARTSTAT"]);
        Assert.Equal("TRUE", attendees[0].Parameters["RSVP"]);
        Assert.Equal("Ada Mentee", attendees[0].Parameters["CN"]);
        Assert.Equal("OPT-PARTICIPANT", attendees[1].Parameters["ROLE"]);
    }

    [Fact]
    public void The_organizer_join_link_and_reminder_are_written()
    {
        var meeting = Event(_writer.Write(new MeetingInviteBuilder().Build()));

        Assert.Equal("mailto:mentorflow@example.org", meeting.Value("ORGANIZER"));
        Assert.Equal("https://meet.example.org/j/123?pwd=abc", meeting.Value("URL"));
        Assert.Equal("https://meet.example.org/j/123?pwd=abc", ParsedCalendar.Unescape(meeting.Value("LOCATION")));
        var alarm = meeting.Child("VALARM");
        Assert.Equal("DISPLAY", alarm.Value("ACTION"));
        Assert.Equal("-PT15M", alarm.Value("TRIGGER"));
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_newlines()
    {
        Assert.Equal(@"a\\b\;c\,d\ne\nf", CalendarText.EscapeText("a\\b;c,d\r\ne\nf"));

        const string summary = @"Goals; skills, and C:\notes";
        const string description = "Line one, with a comma\nLine two; with \\ a backslash";
        var meeting = Event(_writer.Write(new MeetingInviteBuilder().WithSummary(summary).WithDescription(description).Build()));

        Assert.Equal(summary, ParsedCalendar.Unescape(meeting.Value("SUMMARY")));
        Assert.Equal(description, ParsedCalendar.Unescape(meeting.Value("DESCRIPTION")));
    }

    [Fact]
    public void Long_lines_with_non_ascii_names_fold_at_75_octets_without_splitting_a_character()
    {
        var name = string.Concat(Enumerable.Repeat("Zoë Łukasiewicz-Øvergård 日本語 ", 6)).Trim();
        var invite = new MeetingInviteBuilder()
            .WithAttendees(new InvitePerson("zoe@example.org", name))
            .WithDescription(string.Concat(Enumerable.Repeat("Ça va? Приве́т! 🎉 ", 12)))
            .Build();

        var text = _writer.Write(invite);

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var bytes = Encoding.UTF8.GetBytes(text);
        var folded = 0;
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                var line = bytes.AsSpan(start, i - start);
                Assert.InRange(line.Length, 1, 75);
                _ = strict.GetString(line); // throws when a character's bytes were split across lines
                folded += line[0] == ' ' ? 1 : 0;
                start = i + 2;
            }
        }

        Assert.True(folded > 4, $"expected folded lines, found {folded}");
        var attendee = Event(text).Property("ATTENDEE");
        Assert.Equal(name, attendee.Parameters["CN"]);
    }

    [Fact]
    public void A_cancellation_keeps_the_uid_raises_the_sequence_and_marks_the_event_cancelled()
    {
        var request = Event(_writer.Write(new MeetingInviteBuilder().Build()));
        var cancelText = _writer.Write(new MeetingInviteBuilder().Cancelled(sequence: 1).Build());
        var cancel = Event(cancelText);

        Assert.Equal("CANCEL", ParsedCalendar.Parse(cancelText).Root.Value("METHOD"));
        Assert.Equal(request.Value("UID"), cancel.Value("UID"));
        Assert.True(int.Parse(cancel.Value("SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture) > int.Parse(request.Value("SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("CANCELLED", cancel.Value("STATUS"));
        Assert.DoesNotContain(cancel.Components, c => c.Name == "VALARM");
    }

    [Fact]
    public void Each_cycle_key_gives_its_own_stable_uid()
    {
        var third = Event(_writer.Write(new MeetingInviteBuilder().WithKey("journey-42/review-3").Build())).Value("UID");
        var thirdAgain = Event(_writer.Write(new MeetingInviteBuilder().WithKey("journey-42/review-3").Build())).Value("UID");
        var fourth = Event(_writer.Write(new MeetingInviteBuilder().WithKey("journey-42/review-4").Build())).Value("UID");

        Assert.Equal(third, thirdAgain);
        Assert.NotEqual(third, fourth);
        Assert.EndsWith("@" + CalendarUid.Domain, third, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_in_utc_is_written_in_utc_without_a_time_zone()
    {
        var text = _writer.Write(new MeetingInviteBuilder().At(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero), "UTC").Build());

        var meeting = Event(text);
        Assert.Equal("20260330T090000Z", meeting.Value("DTSTART"));
        Assert.Equal("20260330T094500Z", meeting.Value("DTEND"));
        Assert.DoesNotContain("VTIMEZONE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void London_time_zone_has_the_spring_and_autumn_changes_of_the_meeting_year()
    {
        var text = _writer.Write(new MeetingInviteBuilder().At(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero), "Europe/London").Build());

        Assert.Contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\n", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n", text, StringComparison.Ordinal);
        var meeting = Event(text);
        Assert.Equal("20260330T100000", meeting.Value("DTSTART"));
        Assert.Equal("Europe/London", meeting.Property("DTSTART").Parameters["TZID"]);
    }

    [Theory]
    [InlineData("Europe/London", 2026, 3, 28)]
    [InlineData("Europe/London", 2026, 3, 30)]
    [InlineData("Europe/London", 2026, 10, 24)]
    [InlineData("Europe/London", 2026, 10, 26)]
    [InlineData("America/New_York", 2026, 3, 7)]
    [InlineData("America/New_York", 2026, 3, 9)]
    [InlineData("America/New_York", 2026, 10, 31)]
    [InlineData("America/New_York", 2026, 11, 2)]
    public void The_time_zone_gives_the_zones_own_offset_either_side_of_a_change(string zoneId, int year, int month, int day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var startsAt = new DateTimeOffset(year, month, day, 15, 0, 0, TimeSpan.Zero);

        var calendar = ParsedCalendar.Parse(_writer.Write(new MeetingInviteBuilder().At(startsAt, zoneId).Build())).Root;

        var timeZone = calendar.Child("VTIMEZONE");
        Assert.Equal(zoneId, timeZone.Value("TZID"));
        var start = ParsedCalendar.LocalTime(calendar.Child("VEVENT").Value("DTSTART"));
        var offset = ParsedCalendar.OffsetAt(timeZone, start);
        Assert.Equal(zone.GetUtcOffset(startsAt), offset);
        Assert.Equal(startsAt, new DateTimeOffset(start, offset));
    }

    [Fact]
    public void New_york_changes_at_two_in_the_morning_local_time()
    {
        var text = _writer.Write(new MeetingInviteBuilder().At(new DateTimeOffset(2026, 6, 1, 15, 0, 0, TimeSpan.Zero), "America/New_York").Build());

        Assert.Contains("BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n", text, StringComparison.Ordinal);
    }
}
