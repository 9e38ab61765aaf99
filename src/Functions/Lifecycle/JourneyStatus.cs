using MentorFlow.Functions.Lifecycle.Meetings;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// A mentee journey's custom status, always set: the stage, what it waits for and until when, so an administrator
/// reading the management API (or <c>GET /api/programmes/{id}/mentorships</c>) sees where each journey stands.
/// </summary>
/// <param name="Stage">intake, matching, waitlisted, awaiting-approval, awaiting-choice, awaiting-mentor, agreement, review, closing, closed, escalated.</param>
/// <param name="WaitingFor">What the journey waits for, in words ("the mentor's answer", "check-ins for cycle 2").</param>
/// <param name="Until">When the wait ends (a deadline or the next meeting), or null when it waits without one.</param>
/// <param name="MentorshipId">The current mentorship or proposal, once there is one.</param>
/// <param name="MentorId">The proposed or matched mentor, once there is one.</param>
/// <param name="Cycle">The review cycle, during reviews.</param>
/// <param name="AtRisk">Whether the latest risk assessment found the mentorship at risk.</param>
/// <param name="RiskReasons">The reasons, when at risk.</param>
/// <param name="Meetings">During reviews, the meetings booked and not yet over, with the calendar's ids for them.</param>
public sealed record JourneyStatus(
    string Stage,
    string WaitingFor,
    DateTimeOffset? Until,
    string? MentorshipId = null,
    string? MentorId = null,
    int? Cycle = null,
    bool AtRisk = false,
    IReadOnlyList<string>? RiskReasons = null,
    IReadOnlyList<BookedMeeting>? Meetings = null);
