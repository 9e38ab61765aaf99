using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// A feasible pair with its score (0..1, the weighted mean of the components), every component, and the reasons a
/// person can read, strongest first ("both prefer video calls; 6 h of weekly overlap; mentor offers negotiation").
/// </summary>
public sealed record CandidateMatch(
    ParticipantId Mentee,
    ParticipantId Mentor,
    double Score,
    IReadOnlyDictionary<ScoreComponent, double> Components,
    IReadOnlyList<string> Reasons,
    TimeSpan WeeklyOverlap);
