using MentorFlow.Domain.Messages;

namespace MentorFlow.Domain.Meetings;

/// <summary>
/// One meeting to put in attendees' calendars. <see cref="Key"/> is the meeting's business identity (journey, kind
/// and cycle, or the group's): every version of the meeting keeps it, and <see cref="Sequence"/> rises with each change.
/// <see cref="CalendarEventId"/> is the calendar's own id for the meeting, as an earlier booking returned it
/// (<see cref="MeetingBooked.CalendarEventId"/>): null for a first booking, and for invites that travel by email.
/// </summary>
public sealed record MeetingBooking(
    string Key,
    int Sequence,
    MeetingKind Kind,
    int Cycle,
    DateTimeOffset StartsAt,
    TimeSpan Duration,
    string ProgrammeName,
    IReadOnlyList<MeetingAttendee> Attendees,
    string Summary,
    string Description,
    string? CalendarEventId = null);
