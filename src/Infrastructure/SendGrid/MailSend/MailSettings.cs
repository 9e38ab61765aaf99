namespace MentorFlow.Infrastructure.SendGrid.MailSend;

/// <summary>The <c>mail_settings</c> object; only sandbox mode is used.</summary>
public sealed record MailSettings(MailSettingToggle SandboxMode);
