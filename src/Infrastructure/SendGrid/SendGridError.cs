namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>One error as SendGrid reported it, kept verbatim so an operator can act on it.</summary>
public sealed record SendGridError(string? Message, string? Field, string? Help);
