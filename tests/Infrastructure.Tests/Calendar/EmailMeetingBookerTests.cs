using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Messages;
using MentorFlow.Infrastructure.Calendar;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Calendar;

public sealed class EmailMeetingBookerTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
    private static readonly MeetingAttendee Ana = new("p-ana", "Ana Silva", "ana@example.org", "Europe/Lisbon", "Your check-in: https://example.org/ana");
    private static readonly MeetingAttendee Ned = new("p-ned", "Ned York", "ned@example.org", "America/New_York");

    private readonly RecordingSender _sender = new();
    private readonly EmailMeetingBooker _booker;

    public EmailMeetingBookerTests() =>
        _booker = new EmailMeetingBooker(_sender, new InviteCalendarWriter(new InstantTimeProvider(StartsAt.AddDays(-7))), new MeetingOrganizer("mentorflow@localhost", "MentorFlow"));

    private static MeetingBooking Booking(int sequence = 0) =>
        new("journey:demo:p-ana:review:2", sequence, MeetingKind.Review, 2, StartsAt, TimeSpan.FromHours(1), "Demo mentoring", [Ana, Ned], "Mentoring review 2", "Look at the progress.");

    [Fact]
    public async Task A_booking_sends_each_attendee_the_notice_in_their_own_zone_with_the_invite()
    {
        await _booker.BookAsync(Booking(), CancellationToken.None);

        Assert.Equal(["meeting/journey:demo:p-ana:review:2/0/p-ana", "meeting/journey:demo:p-ana:review:2/0/p-ned"], _sender.Sent.Select(e => e.IdempotencyKey));
        var toNed = _sender.Sent[1];
        Assert.Equal("ned@example.org", Assert.Single(toNed.To).Email);
        Assert.Contains("Mon 2 Mar 2026, 10:00 (UTC-05:00)", toNed.Content.Text, StringComparison.Ordinal);
        var calendar = ParsedCalendar.Parse(toNed.Invite!.ICalendar);
        var vevent = calendar.Root.Child("VEVENT");
        Assert.Equal((InviteMethod.Request, "REQUEST", "0"), (toNed.Invite.Method, calendar.Root.Value("METHOD"), vevent.Value("SEQUENCE")));
        Assert.Equal("America/New_York", vevent.Property("DTSTART").Parameters["TZID"]);
        Assert.DoesNotContain("https://example.org/ana", vevent.Value("DESCRIPTION"), StringComparison.Ordinal);
        Assert.Contains("https://example.org/ana", ParsedCalendar.Parse(_sender.Sent[0].Invite!.ICalendar).Root.Child("VEVENT").Value("DESCRIPTION"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_booking_sends_nothing_new_while_an_update_and_a_cancellation_keep_the_uid_and_raise_the_sequence()
    {
        await _booker.BookAsync(Booking(), CancellationToken.None);
        await _booker.BookAsync(Booking(), CancellationToken.None);
        await _booker.BookAsync(Booking(sequence: 1), CancellationToken.None);
        await _booker.CancelAsync(new MeetingCancellation(Booking().Key, 2, Booking(1), [Ana], "the mentorship was closed early."), CancellationToken.None);

        Assert.Equal(5, _sender.Delivered.Count);
        var toAna = _sender.Delivered.Where(e => e.To[0].Email == "ana@example.org").Select(e => ParsedCalendar.Parse(e.Invite!.ICalendar)).ToArray();
        Assert.Single(toAna.Select(c => c.Root.Child("VEVENT").Value("UID")).Distinct());
        Assert.Equal(["0", "1", "2"], toAna.Select(c => c.Root.Child("VEVENT").Value("SEQUENCE")));
        Assert.Equal("CANCEL", toAna[^1].Root.Value("METHOD"));
        Assert.Equal(InviteMethod.Cancel, _sender.Delivered[^1].Invite!.Method);
        Assert.StartsWith("Cancelled: review meeting 2", _sender.Delivered[^1].Content.Subject, StringComparison.Ordinal);
    }
}
