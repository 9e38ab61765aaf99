namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>An address an email goes to, with the display name shown in mail clients.</summary>
public sealed record EmailRecipient(string Email, string? Name = null);
