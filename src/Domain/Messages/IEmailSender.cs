namespace MentorFlow.Domain.Messages;

/// <summary>
/// The port every email transport sits behind (the local outbox, SendGrid). Sending is idempotent on
/// <see cref="EmailToSend.IdempotencyKey"/> as far as the transport allows; each transport documents how far.
/// </summary>
public interface IEmailSender
{
    Task<EmailSendOutcome> SendAsync(EmailToSend email, CancellationToken cancellationToken);
}
