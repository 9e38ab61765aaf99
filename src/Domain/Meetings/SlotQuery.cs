using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Meetings;

/// <summary>A meeting of <paramref name="Duration"/> to place for <paramref name="People"/> between the window's start and end.</summary>
public sealed record SlotQuery(IReadOnlyList<ParticipantProfile> People, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, TimeSpan Duration);
