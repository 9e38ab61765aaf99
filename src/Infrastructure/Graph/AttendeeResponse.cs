namespace MentorFlow.Infrastructure.Graph;

/// <summary>One attendee's answer to a meeting invite and when it was given.</summary>
public sealed record AttendeeResponse(string Email, string? Name, MeetingResponse Response, DateTimeOffset? RespondedAt);
