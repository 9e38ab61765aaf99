using System.Text;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

/// <summary>
/// SendGrid's own test vector for the signed Event Webhook, as published in the official SDKs' tests
/// (sendgrid-csharp RequestValidatorTests, sendgrid-nodejs eventwebhook.spec.js).
/// </summary>
public sealed class PublishedTestVectorTests
{
    private const string PublicKey = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==";
    private const string OtherPublicKey = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqTxd43gyp8IOEto2LdIfjRQrIbsd4SXZkLW6jDutdhXSJCWHw8REntlo7aNDthvj+y7GjUuFDb/R1NGe1OPzpA==";
    private const string Payload = """{"category":"example_payload","event":"test_event","message_id":"message_id"}""";
    private const string Signature = "MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=";
    private const string Timestamp = "1588788367";

    private static bool Verify(string publicKey, string payload, string signature, string timestamp)
    {
        Assert.True(SendGridSignatureVerifier.TryCreate(publicKey, out var verifier));
        using (verifier)
        {
            return verifier.Verify(timestamp, Encoding.UTF8.GetBytes(payload), signature);
        }
    }

    [Fact]
    public void The_published_signature_verifies()
    {
        Assert.True(Verify(PublicKey, Payload, Signature, Timestamp));
    }

    [Fact]
    public void Another_key_does_not_verify_it()
    {
        Assert.False(Verify(OtherPublicKey, Payload, Signature, Timestamp));
    }

    [Fact]
    public void Another_payload_does_not_verify()
    {
        Assert.False(Verify(PublicKey, "payload", Signature, Timestamp));
    }

    [Fact]
    public void Another_timestamp_does_not_verify()
    {
        Assert.False(Verify(PublicKey, Payload, Signature, "timestamp"));
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH3j/0=")]
    public void A_malformed_or_altered_signature_does_not_verify(string signature)
    {
        Assert.False(Verify(PublicKey, Payload, signature, Timestamp));
    }
}
