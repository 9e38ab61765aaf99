using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

/// <summary>Signs webhook bodies the way SendGrid does, with a P-256 key made for the test.</summary>
public sealed class SignedWebhookPost : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKey => Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    public (string Signature, string Timestamp, byte[] Body) Sign(string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = _key.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. bytes], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return (Convert.ToBase64String(signature), timestamp, bytes);
    }

    public void Dispose() => _key.Dispose();
}
