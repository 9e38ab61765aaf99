namespace MentorFlow.Infrastructure.Calendar;

/// <summary>Who the embedded calendar's invites say they come from: the address the outbox sends as.</summary>
public sealed record MeetingOrganizer(string Email, string Name);
