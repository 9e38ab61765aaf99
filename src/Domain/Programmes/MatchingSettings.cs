namespace MentorFlow.Domain.Programmes;

/// <summary>How a programme matches mentees to mentors.</summary>
/// <param name="Mode">Who turns a suggestion into a proposal.</param>
/// <param name="TopK">How many suggestions a mentee sees (mentee choice) or an administrator reviews.</param>
/// <param name="Weights">The weight of each score component.</param>
/// <param name="MaxRematchAttempts">Declines or lapsed proposals tolerated before the administrator takes over.</param>
/// <param name="MinimumWeeklyOverlap">The least weekly availability two people must share across their time zones.</param>
/// <param name="PeerSeniorityBand">In peer programmes, the largest allowed difference in seniority level.</param>
public sealed record MatchingSettings(
    MatchingMode Mode,
    int TopK,
    MatchingWeights Weights,
    int MaxRematchAttempts,
    TimeSpan MinimumWeeklyOverlap,
    int PeerSeniorityBand);
