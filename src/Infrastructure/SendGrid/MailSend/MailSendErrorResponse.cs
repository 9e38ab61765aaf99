namespace MentorFlow.Infrastructure.SendGrid.MailSend;

/// <summary>SendGrid's error body: <c>{"errors": [{"message", "field", "help"}]}</c>.</summary>
public sealed record MailSendErrorResponse(IReadOnlyList<SendGridError>? Errors);
