using System.Text;

namespace MentorFlow.Infrastructure.Links;

/// <summary>
/// The HMAC keys for links: new links are signed with <see cref="Current"/>; links signed with
/// <see cref="Previous"/> still verify, so a key can be rotated without voiding the links already in inboxes.
/// </summary>
public sealed class LinkSigningKeys
{
    /// <summary>A key shorter than this would be weaker than the HMAC-SHA256 it feeds.</summary>
    public const int MinimumLength = 32;

    private LinkSigningKeys(byte[] current, byte[]? previous)
    {
        Current = current;
        Previous = previous;
    }

    public ReadOnlyMemory<byte> Current { get; }

    public ReadOnlyMemory<byte>? Previous { get; }

    /// <summary>Keys from their text (used as UTF-8 bytes, so any generator's output works, base64 included).</summary>
    public static LinkSigningKeys FromText(string current, string? previous = null)
    {
        Ensure(current, "MentorFlow__LinkSigningKey");
        if (previous is not null)
        {
            Ensure(previous, "MentorFlow__PreviousLinkSigningKey");
        }

        return new LinkSigningKeys(Encoding.UTF8.GetBytes(current), previous is null ? null : Encoding.UTF8.GetBytes(previous));
    }

    public override string ToString() => Previous is null ? "LinkSigningKeys (current)" : "LinkSigningKeys (current and previous)";

    private static void Ensure(string key, string setting)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Trim().Length < MinimumLength)
        {
            throw new ArgumentException($"{setting} must have at least {MinimumLength} characters.", nameof(key));
        }
    }
}
