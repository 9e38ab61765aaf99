using MentorFlow.Domain.Messages;

namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>
/// A meeting to book for a journey's mentee and mentor, somewhere in the window. A group's meeting is placed by the
/// mentor's availability alone (<paramref name="ByMentorAvailability"/>), so every mentee's journey finds the same slot
/// for the group's key. <paramref name="CheckInBy"/>, for reviews, puts each attendee's own check-in link in their copy.
/// </summary>
public sealed record MeetingRequest(
    JourneyRef Journey,
    string MentorshipId,
    string MentorId,
    string Key,
    int Sequence,
    MeetingKind Kind,
    int Cycle,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    TimeSpan Duration,
    bool ByMentorAvailability,
    DateTimeOffset? CheckInBy);
