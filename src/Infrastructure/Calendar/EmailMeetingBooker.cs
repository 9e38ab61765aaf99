using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.Calendar;

/// <summary>
/// The embedded calendar: every booking becomes one email per attendee, the notice in their own time zone with the
/// invite as an iCalendar part (<see cref="InviteCalendarWriter"/>: UID from the meeting's key, so every version and
/// the cancellation replace the same event). Each email's idempotency key is the meeting's key, the sequence and the
/// attendee, so a retried booking sends nothing twice while an update (a higher sequence) is sent again.
/// </summary>
public sealed class EmailMeetingBooker(IEmailSender sender, InviteCalendarWriter writer, MeetingOrganizer organizer) : IMeetingBooker
{
    public async Task<MeetingBooked> BookAsync(MeetingBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        foreach (var attendee in booking.Attendees)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(attendee.TimeZone);
            var others = booking.Attendees.Where(a => a != attendee).Select(a => a.Name).ToArray();
            var notice = new MeetingNoticeEmail(
                attendee.Name, others, booking.ProgrammeName, booking.Kind, booking.Cycle,
                TimeZoneInfo.ConvertTime(booking.StartsAt, zone), booking.Duration, JoinLink: null).Render();
            var calendar = writer.Write(Invite(booking, booking.Sequence, InviteMethod.Request, attendee, zone));
            await sender.SendAsync(
                new EmailToSend(KeyFor(booking.Key, booking.Sequence, attendee), [Recipient(attendee)], [], notice, new EmailInvite(InviteMethod.Request, calendar)),
                cancellationToken).ConfigureAwait(false);
        }

        return new MeetingBooked(booking.StartsAt, CalendarEventId: null);
    }

    public async Task CancelAsync(MeetingCancellation cancellation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        var meeting = cancellation.Meeting;
        foreach (var attendee in cancellation.Attendees)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(attendee.TimeZone);
            var notice = new MeetingCancelledEmail(
                attendee.Name, meeting.ProgrammeName, meeting.Kind, meeting.Cycle, TimeZoneInfo.ConvertTime(meeting.StartsAt, zone), cancellation.Comment).Render();
            var calendar = writer.Write(Invite(meeting, cancellation.Sequence, InviteMethod.Cancel, attendee, zone));
            await sender.SendAsync(
                new EmailToSend(KeyFor(cancellation.Key, cancellation.Sequence, attendee), [Recipient(attendee)], [], notice, new EmailInvite(InviteMethod.Cancel, calendar)),
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The idempotency key of one attendee's copy of one version of a meeting.</summary>
    public static string KeyFor(string meetingKey, int sequence, MeetingAttendee attendee)
    {
        ArgumentNullException.ThrowIfNull(attendee);
        return $"meeting/{meetingKey}/{sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{attendee.ParticipantId}";
    }

    private MeetingInvite Invite(MeetingBooking booking, int sequence, InviteMethod method, MeetingAttendee recipient, TimeZoneInfo zone) => new()
    {
        Key = booking.Key,
        Sequence = sequence,
        Method = method,
        StartsAt = booking.StartsAt,
        Duration = booking.Duration,
        TimeZone = zone,
        Organizer = new InvitePerson(organizer.Email, organizer.Name),
        Attendees = [.. booking.Attendees.Select(a => new InvitePerson(a.Email, a.Name))],
        Summary = booking.Summary,
        Description = recipient.Note is null ? booking.Description : booking.Description + "\n\n" + recipient.Note,
    };

    private static MailRecipient Recipient(MeetingAttendee attendee) => new(attendee.Email, attendee.Name);
}
