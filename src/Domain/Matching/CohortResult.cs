namespace MentorFlow.Domain.Matching;

/// <summary>
/// A whole intake matched at once: the matches (in mentee-id order) with their scores and reasons, the mentees left
/// to wait (in waitlist order) with the reason, the total score, and how many pairs passed the hard constraints.
/// </summary>
public sealed record CohortResult(IReadOnlyList<CandidateMatch> Matches, IReadOnlyList<UnmatchedMentee> Unmatched, double TotalScore, long FeasiblePairs);
