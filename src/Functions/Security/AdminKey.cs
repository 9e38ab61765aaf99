using System.Security.Cryptography;
using System.Text;

namespace MentorFlow.Functions.Security;

/// <summary>The key that protects the management API, and where it came from.</summary>
public sealed class AdminKey
{
    private readonly byte[] _digest;

    public AdminKey(string value, AdminKeyOrigin origin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
        Origin = origin;
        _digest = Digest(value);
    }

    public string Value { get; }

    public AdminKeyOrigin Origin { get; }

    /// <summary>
    /// Compares in constant time. Both sides are hashed first so that neither the content nor the length of the
    /// key leaks through timing.
    /// </summary>
    public bool Matches(string? candidate)
        => !string.IsNullOrEmpty(candidate) && CryptographicOperations.FixedTimeEquals(_digest, Digest(candidate));

    private static byte[] Digest(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
