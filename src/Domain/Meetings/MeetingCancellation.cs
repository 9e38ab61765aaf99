namespace MentorFlow.Domain.Meetings;

/// <summary>
/// Cancels a booked meeting for the attendees named (all of a pair's meeting; one mentee of a group's), with a word
/// on why. <see cref="Sequence"/> must be above the last one booked, so calendars take it over the invite.
/// </summary>
public sealed record MeetingCancellation(string Key, int Sequence, MeetingBooking Meeting, IReadOnlyList<MeetingAttendee> Attendees, string Comment);
