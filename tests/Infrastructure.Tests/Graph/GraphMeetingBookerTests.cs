using System.Text.Json.Nodes;
using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Messages;
using MentorFlow.Infrastructure.Calendar;
using MentorFlow.Infrastructure.Graph;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using MeetingAttendee = MentorFlow.Domain.Meetings.MeetingAttendee;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>The lifecycle's booker over Graph, through the real SDK pipeline, against a loopback calendar.</summary>
public sealed class GraphMeetingBookerTests
{
    private const string Key = "journey:demo:p-ana:review:2";
    private static readonly DateTimeOffset StartsAt = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
    private static readonly Uri AnaCheckIn = new("https://mentorflow.example/api/journeys/j/check-in?token=ana");
    private static readonly Uri AnaEarlyClose = new("https://mentorflow.example/api/journeys/j/early-close?token=ana");
    private static readonly Uri NedCheckIn = new("https://mentorflow.example/api/journeys/j/check-in?token=ned");
    private static readonly MeetingAttendee Ana = new("p-ana", "Ana Silva", "ana@example.org", "Europe/Lisbon", "note", AnaCheckIn, AnaEarlyClose);
    private static readonly MeetingAttendee Ned = new("p-ned", "Ned York", "ned@example.org", "America/New_York", "note", NedCheckIn);

    private readonly RecordingSender _sender = new();

    private static MeetingBooking Booking(int sequence = 0, string? eventId = null, DateTimeOffset? startsAt = null, string key = Key, params MeetingAttendee[] attendees) => new(
        key, sequence, MeetingKind.Review, 2, startsAt ?? StartsAt, TimeSpan.FromHours(1), "Demo mentoring",
        attendees.Length > 0 ? attendees : [Ana, Ned], "Mentoring review 2: Demo mentoring", "Look at the progress on each goal.", eventId);

    private GraphMeetingBooker Booker(FakeGraphCalendar graph) => new(
        GraphWire.Calendar(graph),
        _sender,
        new EmailMeetingBooker(_sender, new InviteCalendarWriter(new InstantTimeProvider(StartsAt.AddDays(-7))), new MeetingOrganizer("mentorflow@localhost", "MentorFlow")),
        NullLogger<GraphMeetingBooker>.Instance);

    [Fact]
    public async Task A_first_booking_creates_the_event_keyed_by_the_meeting_and_sends_each_attendee_a_notice_without_an_invite_part()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();

        var booked = await Booker(graph).BookAsync(Booking(), CancellationToken.None);

        var created = Assert.Single(graph.Events);
        Assert.Equal((string)created["id"]!, booked.CalendarEventId);
        Assert.Equal(StartsAt, booked.StartsAt);
        Assert.Equal(MeetingTransactionId.For(Key), (string?)created["transactionId"]);
        Assert.Equal(["ana@example.org", "ned@example.org"], FakeGraphCalendar.AttendeesOf(created));
        var body = (string)created["body"]!["content"]!;
        Assert.Contains("<li>Progress on each goal since the last review</li>", body, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{AnaCheckIn.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal)}\">Ana Silva: send your check-in after the meeting</a>", body, StringComparison.Ordinal);
        Assert.Contains(NedCheckIn.AbsoluteUri, body, StringComparison.Ordinal);
        Assert.DoesNotContain(AnaEarlyClose.AbsoluteUri, body, StringComparison.Ordinal);

        Assert.Equal([$"meeting/{Key}/0/p-ana", $"meeting/{Key}/0/p-ned"], _sender.Delivered.Select(e => e.IdempotencyKey));
        Assert.All(_sender.Delivered, e => Assert.Null(e.Invite));
        var toAna = _sender.Delivered[0].Content.Text;
        Assert.Contains("Mon 2 Mar 2026, 15:00 (UTC)", toAna, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/" + booked.CalendarEventId, toAna, StringComparison.Ordinal);
        Assert.Contains("in a separate email", toAna, StringComparison.Ordinal);
        Assert.Contains(AnaCheckIn.AbsoluteUri, toAna, StringComparison.Ordinal);
        Assert.Contains(AnaEarlyClose.AbsoluteUri, toAna, StringComparison.Ordinal);
        Assert.DoesNotContain(NedCheckIn.AbsoluteUri, toAna, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_retried_with_the_same_transaction_id_and_makes_one_event()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        graph.LoseAnswer();

        var booked = await Booker(graph).BookAsync(Booking(), CancellationToken.None);
        var again = await Booker(graph).BookAsync(Booking(startsAt: StartsAt.AddHours(2)), CancellationToken.None);

        Assert.Single(graph.Events);
        Assert.Equal(3, graph.Creates.Count);
        Assert.Single(graph.Creates.Select(c => (string?)JsonNode.Parse(c.Body)!["transactionId"]).Distinct());
        Assert.Equal(booked, again);
        Assert.Equal(2, _sender.Delivered.Count);
    }

    [Fact]
    public async Task A_group_meeting_another_journey_made_gets_this_journeys_mentee_added_and_keeps_its_time()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        var groupKey = "group:demo:p-ned:review:20260302T150000Z";
        var existing = graph.Add(MeetingTransactionId.For(groupKey), StartsAt.AddMinutes(30), StartsAt.AddMinutes(90), "ned@example.org", "ben@example.org");

        var booked = await Booker(graph).BookAsync(Booking(key: groupKey, attendees: [Ana, Ned]), CancellationToken.None);

        Assert.Equal(existing, booked.CalendarEventId);
        Assert.Equal(StartsAt.AddMinutes(30), booked.StartsAt);
        Assert.Equal(["ned@example.org", "ben@example.org", "ana@example.org"], FakeGraphCalendar.AttendeesOf(Assert.Single(graph.Events)));
    }

    [Fact]
    public async Task A_higher_sequence_moves_the_event_and_sends_the_notice_again()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        var booker = Booker(graph);
        var first = await booker.BookAsync(Booking(), CancellationToken.None);

        var moved = await booker.BookAsync(Booking(sequence: 1, eventId: first.CalendarEventId, startsAt: StartsAt.AddDays(1)), CancellationToken.None);

        Assert.Equal(first.CalendarEventId, moved.CalendarEventId);
        Assert.Equal(StartsAt.AddDays(1), FakeGraphCalendar.StartOf(Assert.Single(graph.Events)));
        Assert.Single(graph.Creates);
        Assert.Contains(_sender.Delivered, e => e.IdempotencyKey == $"meeting/{Key}/1/p-ana" && e.Content.Text.Contains("Tue 3 Mar 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_for_everyone_cancels_the_event_with_the_comment_and_a_retried_cancel_is_harmless()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        var booker = Booker(graph);
        var booked = await booker.BookAsync(Booking(), CancellationToken.None);
        var cancellation = new MeetingCancellation(Key, 1, Booking(eventId: booked.CalendarEventId), [Ana, Ned], "the mentorship was closed early.");

        await booker.CancelAsync(cancellation, CancellationToken.None);
        await booker.CancelAsync(cancellation, CancellationToken.None);

        Assert.Empty(graph.Events);
        var (eventId, comment) = Assert.Single(graph.Cancelled);
        Assert.Equal(booked.CalendarEventId, eventId);
        Assert.Equal("Your review meeting 2 in Demo mentoring is cancelled: the mentorship was closed early.", comment);
        Assert.Equal(2, _sender.Delivered.Count);
    }

    [Fact]
    public async Task Cancelling_for_one_mentee_takes_them_out_of_the_groups_event_which_goes_on()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        var groupKey = "group:demo:p-ned:review:20260302T150000Z";
        var eventId = graph.Add(MeetingTransactionId.For(groupKey), StartsAt, StartsAt.AddHours(1), "ned@example.org", "ben@example.org", "ana@example.org");

        await Booker(graph).CancelAsync(
            new MeetingCancellation(groupKey, 1, Booking(key: groupKey, eventId: eventId), [Ana], "the mentorship was closed early."), CancellationToken.None);

        Assert.Equal(["ned@example.org", "ben@example.org"], FakeGraphCalendar.AttendeesOf(Assert.Single(graph.Events)));
        Assert.Empty(graph.Cancelled);
    }

    [Fact]
    public async Task A_meeting_booked_by_email_before_Graph_was_configured_is_cancelled_by_email()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();

        await Booker(graph).CancelAsync(new MeetingCancellation(Key, 1, Booking(), [Ana, Ned], "the mentorship was closed early."), CancellationToken.None);

        Assert.Empty(graph.Requests);
        Assert.All(_sender.Delivered, e => Assert.Equal(InviteMethod.Cancel, e.Invite!.Method));
        Assert.Equal(2, _sender.Delivered.Count);
    }

    [Fact]
    public async Task A_create_Graph_refuses_fails_the_booking_and_sends_no_notice()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        graph.Throttle(10);

        var failure = await Assert.ThrowsAsync<GraphCalendarException>(() => new GraphMeetingBooker(
            GraphWire.Calendar(graph, maxRetries: 0), _sender, null!, NullLogger<GraphMeetingBooker>.Instance).BookAsync(Booking(), CancellationToken.None));

        Assert.Equal(CalendarFailureKind.Throttled, failure.Failure);
        Assert.Empty(_sender.Sent);
    }
}
