using System.Security.Cryptography;
using System.Text;

namespace MentorFlow.Infrastructure.Outbox;

/// <summary>
/// The file an email's idempotency key maps to: a readable, filesystem-safe slug of the key and a hash of the whole
/// key (so two keys that slug alike never collide). No timestamp: the name alone must tell whether the email was
/// already written, whenever a retry comes.
/// </summary>
public static class OutboxFileName
{
    public const string Extension = ".eml";
    public const string TemporaryExtension = ".tmp";

    private const int MaxSlugLength = 80;

    public static string For(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var slug = new StringBuilder(Math.Min(idempotencyKey.Length, MaxSlugLength));
        foreach (var c in idempotencyKey)
        {
            if (slug.Length == MaxSlugLength)
            {
                break;
            }

            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '_');
        }

        return $"{slug}-{KeyHash(idempotencyKey)[..16]}{Extension}";
    }

    /// <summary>The hex SHA-256 of the key; also the basis of the Message-ID and the MIME boundaries.</summary>
    public static string KeyHash(string idempotencyKey)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));
}
