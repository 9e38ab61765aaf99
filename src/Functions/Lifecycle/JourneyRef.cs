namespace MentorFlow.Functions.Lifecycle;

/// <summary>Which journey an activity works for: its instance id, programme and mentee (the ids as stored).</summary>
public sealed record JourneyRef(string JourneyId, string ProgrammeId, string MenteeId);
