using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>
/// The email port over <see cref="SendGridMailClient"/>: the idempotency key travels as the correlation id in
/// <c>custom_args</c>, the invite as the <c>text/calendar</c> part after text and HTML.
/// </summary>
/// <remarks>
/// SendGrid has no idempotency key, so this transport never answers <see cref="EmailSendOutcome.AlreadySent"/>: a
/// retried activity may send twice, and the webhook's correlation id tells the copies apart. A send that SendGrid did
/// not take throws <see cref="EmailNotSentException"/>, which fails the activity so that its retry policy decides.
/// </remarks>
public sealed class SendGridEmailSender(SendGridMailClient client) : IEmailSender
{
    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailToSend email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var result = await client.SendAsync(ToOutgoing(email), cancellationToken).ConfigureAwait(false);
        return result.IsAccepted
            ? EmailSendOutcome.Sent
            : throw new EmailNotSentException(email.IdempotencyKey, result.Status, result.RetryAfter, result.Describe());
    }

    internal static OutgoingEmail ToOutgoing(EmailToSend email) => new()
    {
        CorrelationId = email.IdempotencyKey,
        To = email.To.Select(recipient => new EmailRecipient(recipient.Email, recipient.Name)).ToList(),
        Cc = email.Cc.Select(recipient => new EmailRecipient(recipient.Email, recipient.Name)).ToList(),
        Subject = email.Content.Subject,
        PlainText = email.Content.Text,
        Html = email.Content.Html,
        Calendar = email.Invite is { } invite
            ? new CalendarPart(invite.Method == InviteMethod.Cancel ? CalendarMethod.Cancel : CalendarMethod.Request, invite.ICalendar)
            : null,
    };
}
