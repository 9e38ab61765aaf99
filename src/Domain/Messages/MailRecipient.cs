namespace MentorFlow.Domain.Messages;

/// <summary>An address an email goes to, with the display name mail clients show.</summary>
public sealed record MailRecipient(string Email, string? Name = null);
