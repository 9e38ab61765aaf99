namespace MentorFlow.Infrastructure.SendGrid.MailSend;

/// <summary>One body part: <c>{"type": "text/plain", "value": ...}</c>.</summary>
public sealed record MailContent(string Type, string Value);
