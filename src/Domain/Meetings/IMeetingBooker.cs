namespace MentorFlow.Domain.Meetings;

/// <summary>
/// Puts mentoring meetings in participants' calendars. Both calls are idempotent on the meeting's
/// <see cref="MeetingBooking.Key"/> and sequence, because activities run at least once: booking the same key and
/// sequence again changes nothing; a higher sequence updates the meeting; cancelling sends the cancellation once.
/// A calendar that keeps its own id for a meeting returns it from <see cref="BookAsync"/>; the caller keeps it and
/// passes it back (<see cref="MeetingBooking.CalendarEventId"/>) with every later version and the cancellation.
/// </summary>
public interface IMeetingBooker
{
    Task<MeetingBooked> BookAsync(MeetingBooking booking, CancellationToken cancellationToken);

    Task CancelAsync(MeetingCancellation cancellation, CancellationToken cancellationToken);
}
