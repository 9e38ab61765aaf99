namespace MentorFlow.Functions.Administration;

/// <summary>An attendee's answer to a meeting invite: accepted, tentativelyAccepted, declined, notResponded or none.</summary>
public sealed record MeetingAnswer(string Email, string? Name, string Response, DateTimeOffset? RespondedAt);
