namespace MentorFlow.Infrastructure.Graph;

/// <summary>A person invited to a meeting.</summary>
public sealed record MeetingAttendee(string Email, string? Name = null);
