using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Messages;
using MentorFlow.Infrastructure.Calendar;
using Microsoft.Extensions.Logging;
using GraphAttendee = MentorFlow.Infrastructure.Graph.MeetingAttendee;
using DomainAttendee = MentorFlow.Domain.Meetings.MeetingAttendee;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>
/// The lifecycle's meetings in the organizer's calendar through Microsoft Graph. A first booking creates the event
/// with Graph's <c>transactionId</c> derived from the meeting's key, so a retried activity finds the event it made
/// instead of making a second; the event's id goes back to the journey, which passes it with a later version (a higher
/// sequence moves the event) and with the cancellation (Graph sends it with the comment). Graph sends the invitations
/// and cancellations itself; each attendee still gets MentorFlow's notice email, without an iCalendar part, carrying
/// what the shared invite cannot: the time in their own zone and their own links.
/// </summary>
/// <remarks>
/// A group's meeting has one key for all its mentees: the journey of a second mentee finds the event by the same
/// transactionId and adds its mentee to it; a mentee who leaves is taken out of it while it goes on for the others. A
/// meeting with no event id was booked by email before Graph was configured: its update and cancellation go by email
/// too, where the invites are.
/// </remarks>
public sealed partial class GraphMeetingBooker(
    GraphMeetingCalendar calendar, IEmailSender sender, EmailMeetingBooker byEmail, ILogger<GraphMeetingBooker> logger) : IMeetingBooker
{
    public async Task<MeetingBooked> BookAsync(MeetingBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (booking.CalendarEventId is null && booking.Sequence > 0)
        {
            return await byEmail.BookAsync(booking, cancellationToken).ConfigureAwait(false);
        }

        BookedMeeting booked;
        if (booking.CalendarEventId is { } eventId)
        {
            booked = Require(
                await calendar.RescheduleMeetingAsync(eventId, booking.StartsAt, booking.StartsAt + booking.Duration, cancellationToken).ConfigureAwait(false),
                "move", booking.Key);
        }
        else
        {
            booked = Require(await calendar.CreateMeetingAsync(RequestFor(booking), cancellationToken).ConfigureAwait(false), "create", booking.Key);
            var invited = booked.Attendees;
            var missing = invited is null ? [] : booking.Attendees.Where(a => !invited.Any(i => SameMailbox(i.Email, a.Email))).ToArray();
            if (missing.Length > 0)
            {
                LogAttendeesAdded(booking.Key, missing.Length);
                booked = Require(
                    await calendar.SetAttendeesAsync(booked.EventId, [.. invited!, .. missing.Select(ToGraph)], cancellationToken).ConfigureAwait(false),
                    "invite", booking.Key);
            }
        }

        await SendNoticesAsync(booking, booked, cancellationToken).ConfigureAwait(false);
        return new MeetingBooked(booked.Start, booked.EventId);
    }

    public async Task CancelAsync(MeetingCancellation cancellation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        var meeting = cancellation.Meeting;
        if (meeting.CalendarEventId is not { } eventId)
        {
            await byEmail.CancelAsync(cancellation, cancellationToken).ConfigureAwait(false);
            return;
        }

        var everyone = meeting.Attendees.All(a => cancellation.Attendees.Any(c => c.ParticipantId == a.ParticipantId));
        if (everyone)
        {
            // A cancelled event is gone from the organizer's calendar: a retried cancel finds nothing, which is done.
            var name = meeting.Kind == MeetingKind.Kickoff ? "kickoff meeting" : $"review meeting {meeting.Cycle}";
            Allow(await calendar.CancelMeetingAsync(eventId, $"Your {name} in {meeting.ProgrammeName} is cancelled: {cancellation.Comment}", cancellationToken).ConfigureAwait(false),
                "cancel", meeting.Key);
            return;
        }

        var current = await calendar.GetAttendeeResponsesAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (current.Failure == CalendarFailureKind.NotFound)
        {
            return;
        }

        var attendees = Require(current, "read attendees of", meeting.Key).Where(r => r.Response != MeetingResponse.Organizer).ToArray();
        var staying = attendees.Where(r => !cancellation.Attendees.Any(c => SameMailbox(c.Email, r.Email))).Select(r => new GraphAttendee(r.Email, r.Name)).ToArray();
        if (staying.Length < attendees.Length)
        {
            Allow(await calendar.SetAttendeesAsync(eventId, staying, cancellationToken).ConfigureAwait(false), "uninvite", meeting.Key);
        }
    }

    /// <summary>
    /// The invite's text is one for every attendee, so each attendee's check-in link is named for them; their
    /// early-close link, which ends the mentorship, only ever travels in their own notice email.
    /// </summary>
    public static MeetingRequest RequestFor(MeetingBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new MeetingRequest
        {
            IdempotencyKey = booking.Key,
            Subject = booking.Summary,
            Start = booking.StartsAt,
            End = booking.StartsAt + booking.Duration,
            Attendees = [.. booking.Attendees.Select(ToGraph)],
            Introduction = booking.Description,
            Agenda = MeetingAgenda.For(booking.Kind),
            Links = [.. booking.Attendees.Where(a => a.CheckInLink is not null).Select(a => new MeetingLink($"{a.Name}: send your check-in after the meeting", a.CheckInLink!))],
        };
    }

    private async Task SendNoticesAsync(MeetingBooking booking, BookedMeeting booked, CancellationToken cancellationToken)
    {
        var joinLink = Uri.TryCreate(booked.JoinUrl, UriKind.Absolute, out var join) ? join : null;
        foreach (var attendee in booking.Attendees)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(attendee.TimeZone);
            var others = booking.Attendees.Where(a => a != attendee).Select(a => a.Name).ToArray();
            var notice = new MeetingNoticeEmail(
                attendee.Name, others, booking.ProgrammeName, booking.Kind, booking.Cycle, TimeZoneInfo.ConvertTime(booked.Start, zone), booked.End - booked.Start,
                joinLink, attendee.CheckInLink, attendee.EarlyCloseLink, InviteAttached: false).Render();
            // The same key as an emailed invite's: one notice per attendee and version of the meeting.
            await sender.SendAsync(
                new EmailToSend(EmailMeetingBooker.KeyFor(booking.Key, booking.Sequence, attendee), [new MailRecipient(attendee.Email, attendee.Name)], [], notice),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static GraphAttendee ToGraph(DomainAttendee attendee) => new(attendee.Email, attendee.Name);

    private static bool SameMailbox(string first, string second) => string.Equals(first, second, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value, or a failure the activity's retry policy sees (throttling outlasting the SDK's retries, an outage, a refusal).</summary>
    private static T Require<T>(CalendarResult<T> result, string operation, string key) => result.IsSuccess
        ? result.Value
        : throw new GraphCalendarException($"Graph could not {operation} meeting {key}: {result.Failure} (status {result.StatusCode}, code {result.ErrorCode}).", result.Failure!.Value);

    /// <summary>As <see cref="Require{T}"/>, but an event that is gone (cancelled, or deleted by a person) is what was wanted.</summary>
    private static void Allow<T>(CalendarResult<T> result, string operation, string key)
    {
        if (result.Failure != CalendarFailureKind.NotFound)
        {
            Require(result, operation, key);
        }
    }

    [LoggerMessage(EventId = 5221, Level = LogLevel.Information, Message = "Graph meeting {Key} already existed; {Count} attendees added to it")]
    private partial void LogAttendeesAdded(string key, int count);
}
