namespace MentorFlow.Infrastructure.SendGrid.MailSend;

/// <summary>A mail setting that is only switched on or off: <c>{"enable": true}</c>.</summary>
public sealed record MailSettingToggle(bool Enable);
