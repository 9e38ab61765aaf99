namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>
/// Cancels a booked meeting for the journey's people: both, or only the mentee when the meeting is a group's that
/// goes on for the others.
/// </summary>
public sealed record MeetingCancellationRequest(JourneyRef Journey, string MentorId, BookedMeeting Meeting, bool MenteeOnly, string Comment);
