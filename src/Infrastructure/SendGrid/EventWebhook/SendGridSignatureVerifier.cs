using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace MentorFlow.Infrastructure.SendGrid.EventWebhook;

/// <summary>
/// Checks the Event Webhook signature: ECDSA P-256 with SHA-256 over the UTF-8 bytes of the timestamp header
/// followed by the raw body bytes, the signature being base64 DER (RFC 3279). The raw bytes matter: parsing
/// and re-serializing the JSON first would change them and break the signature.
/// </summary>
public sealed class SendGridSignatureVerifier : IDisposable
{
    private readonly ECDsa _publicKey;

    private SendGridSignatureVerifier(ECDsa publicKey) => _publicKey = publicKey;

    public static bool TryCreate(string base64PublicKey, [NotNullWhen(true)] out SendGridSignatureVerifier? verifier)
    {
        verifier = null;
        var der = new byte[base64PublicKey.Length];
        if (!Convert.TryFromBase64String(base64PublicKey.Trim(), der, out var length))
        {
            return false;
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(der.AsSpan(0, length), out _);
            if (key.KeySize != 256)
            {
                key.Dispose();
                return false;
            }
        }
        catch (CryptographicException)
        {
            key.Dispose();
            return false;
        }

        verifier = new SendGridSignatureVerifier(key);
        return true;
    }

    public bool Verify(string timestamp, ReadOnlySpan<byte> rawBody, string base64Signature)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(base64Signature);
        var signature = new byte[base64Signature.Length];
        if (!Convert.TryFromBase64String(base64Signature.Trim(), signature, out var signatureLength))
        {
            return false;
        }

        var timestampBytes = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[timestampBytes.Length + rawBody.Length];
        timestampBytes.CopyTo(signed, 0);
        rawBody.CopyTo(signed.AsSpan(timestampBytes.Length));
        return _publicKey.VerifyData(signed, signature.AsSpan(0, signatureLength), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    public void Dispose() => _publicKey.Dispose();
}
