namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>Find mentors for a journey's mentee, never one of <paramref name="FailedMentors"/> (declined, lapsed, withdrawn).</summary>
public sealed record FindMentorsRequest(JourneyRef Journey, IReadOnlyList<string> FailedMentors);
