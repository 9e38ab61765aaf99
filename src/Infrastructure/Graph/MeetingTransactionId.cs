using System.Security.Cryptography;
using System.Text;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>
/// Derives Graph's <c>transactionId</c> from the meeting's idempotency key. The same key always gives the same
/// id, so a create retried after a timeout is recognised by Graph instead of booking a second meeting.
/// Hashing keeps the id short and free of characters Graph might refuse, and hides the journey id.
/// </summary>
public static class MeetingTransactionId
{
    public static string For(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("mentorflow-meeting:" + idempotencyKey));
        return "mf-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
