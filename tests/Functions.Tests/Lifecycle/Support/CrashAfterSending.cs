using System.Collections.Concurrent;
using MentorFlow.Domain.Messages;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// An email transport that hands each email to the real one, then, the first time a chosen key is sent, fails as if
/// the worker had crashed right after sending: the activity fails and its retry sends the same key again.
/// </summary>
public sealed class CrashAfterSending(IEmailSender inner, Func<string, bool> crashesAfter) : IEmailSender
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Key, EmailSendOutcome Outcome)> Sent { get; } = new();

    public async Task<EmailSendOutcome> SendAsync(EmailToSend email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var outcome = await inner.SendAsync(email, cancellationToken);
        Sent.Enqueue((email.IdempotencyKey, outcome));
        if (crashesAfter(email.IdempotencyKey) && _attempts.AddOrUpdate(email.IdempotencyKey, 1, (_, n) => n + 1) == 1)
        {
            throw new IOException("The connection dropped after the email was handed over.");
        }

        return outcome;
    }
}
