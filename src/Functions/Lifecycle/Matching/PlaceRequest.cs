namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>A mentee's place in the pool, with the mentor when holding one.</summary>
public sealed record PlaceRequest(string ProgrammeId, string MenteeId, string? MentorId = null);
