using MentorFlow.Domain.Messages;

namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>
/// A meeting to book for a journey's mentee and mentor, somewhere in the window. A group's meeting is placed by the
/// mentor's availability alone (<paramref name="ByMentorAvailability"/>), so every mentee's journey finds the same slot
/// for the group's key. With <paramref name="PersonalLinksUntil"/> (a pair's reviews), each attendee's copy carries
/// their own check-in link for the cycle and their early-close link, valid until then (the term's end).
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
    DateTimeOffset? PersonalLinksUntil);
