namespace MentorFlow.Infrastructure.SendGrid.MailSend;

/// <summary>An address on the wire: <c>{"email": ..., "name": ...}</c>.</summary>
public sealed record MailAddressJson(string Email, string? Name = null);
