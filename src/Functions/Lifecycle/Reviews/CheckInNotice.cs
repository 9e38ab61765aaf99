using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Functions.Lifecycle.Reviews;

/// <summary>
/// A check-in request (or, with <paramref name="Reminder"/>, its numbered reminder) to one side for one cycle; at
/// mid-term the request also carries a link to revisit the goals.
/// </summary>
public sealed record CheckInNotice(
    JourneyRef Journey,
    string MentorshipId,
    string MentorId,
    MentorshipRole To,
    int Cycle,
    DateTimeOffset Deadline,
    bool MidTerm,
    int? Reminder = null);
