namespace MentorFlow.Domain.Messages;

/// <summary>
/// One email handed to a transport: addressed, rendered, with an optional invite, and keyed. The
/// <see cref="IdempotencyKey"/> names the email by its business step (for example journey, step and cycle), so a
/// retried activity hands over the same key and the transport sends it once.
/// </summary>
public sealed record EmailToSend(
    string IdempotencyKey,
    IReadOnlyList<MailRecipient> To,
    IReadOnlyList<MailRecipient> Cc,
    EmailContent Content,
    EmailInvite? Invite = null)
{
    public override string ToString() => $"EmailToSend ({IdempotencyKey}, {To.Count + Cc.Count} recipients)";
}
