using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.Tests.Support;

/// <summary>Records every email and, like a real transport, hands over each key once.</summary>
public sealed class RecordingSender : IEmailSender
{
    public List<EmailToSend> Sent { get; } = [];

    public List<EmailToSend> Delivered { get; } = [];

    public Task<EmailSendOutcome> SendAsync(EmailToSend email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        Sent.Add(email);
        if (Delivered.Any(d => d.IdempotencyKey == email.IdempotencyKey))
        {
            return Task.FromResult(EmailSendOutcome.AlreadySent);
        }

        Delivered.Add(email);
        return Task.FromResult(EmailSendOutcome.Sent);
    }
}
