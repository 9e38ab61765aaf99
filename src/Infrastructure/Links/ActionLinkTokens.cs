using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MentorFlow.Infrastructure.Links;

/// <summary>
/// Signs and checks the tokens in participants' links. A token is <c>1.{payload}.{signature}</c>: the payload is
/// base64url JSON of the claims, the signature base64url HMAC-SHA256 over <c>1.{payload}</c>. Checking verifies
/// the signature first (in constant time, with the current key then the previous one) and only then reads the
/// claims, so nothing an attacker writes is parsed before it is authenticated.
/// Lives in infrastructure rather than at the HTTP edge: emails are signed by activities, checked by HTTP functions,
/// and both share the key handling here; the edge only maps <see cref="LinkCheckStatus"/> to 401, 403 or 410.
/// </summary>
public sealed class ActionLinkTokens(LinkSigningKeys keys, TimeProvider clock)
{
    private const string Version = "1";
    private const int MaxTokenLength = 2048;
    private const int SignatureLength = 32;

    public IssuedLink Issue(string journeyId, string participantId, LinkAction action, string? argument, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(participantId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        // Whole seconds: the token carries Unix seconds, and the claims returned must equal the ones read back.
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((clock.GetUtcNow() + lifetime).ToUnixTimeSeconds());
        var claims = new ActionLinkClaims(journeyId, participantId, action, argument, expiresAt, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)));
        var signed = Version + "." + Base64Url.EncodeToString(Payload(claims));
        var signature = HMACSHA256.HashData(keys.Current.Span, Encoding.ASCII.GetBytes(signed));
        return new IssuedLink(signed + "." + Base64Url.EncodeToString(signature), claims);
    }

    /// <summary>Checks a token for the journey and action the request is about, without using it up.</summary>
    public LinkCheck Check(string? token, string journeyId, LinkAction action)
    {
        if (Authenticate(token) is not { } claims)
        {
            return LinkCheck.Forged;
        }

        if (claims.JourneyId != journeyId || claims.Action != action)
        {
            return new LinkCheck(LinkCheckStatus.WrongScope, claims);
        }

        return clock.GetUtcNow() >= claims.ExpiresAt
            ? new LinkCheck(LinkCheckStatus.Expired, claims)
            : new LinkCheck(LinkCheckStatus.Valid, claims);
    }

    private ActionLinkClaims? Authenticate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Version)
        {
            return null;
        }

        Span<byte> given = stackalloc byte[SignatureLength + 3];
        if (!Base64Url.IsValid(parts[2]) || Base64Url.GetMaxDecodedLength(parts[2].Length) > given.Length)
        {
            return null;
        }

        var status = Base64Url.DecodeFromChars(parts[2], given, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done || written != SignatureLength)
        {
            return null;
        }

        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (!Matches(keys.Current.Span, signed, given[..written])
            && !(keys.Previous is { } previous && Matches(previous.Span, signed, given[..written])))
        {
            return null;
        }

        return Base64Url.IsValid(parts[1]) ? ReadPayload(Base64Url.DecodeFromChars(parts[1])) : null;
    }

    private static bool Matches(ReadOnlySpan<byte> key, ReadOnlySpan<byte> signed, ReadOnlySpan<byte> given)
    {
        Span<byte> expected = stackalloc byte[SignatureLength];
        HMACSHA256.HashData(key, signed, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static byte[] Payload(ActionLinkClaims claims)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("j", claims.JourneyId);
            writer.WriteString("p", claims.ParticipantId);
            writer.WriteString("a", LinkActionNames.Name(claims.Action));
            if (claims.Argument is not null)
            {
                writer.WriteString("g", claims.Argument);
            }

            writer.WriteNumber("x", claims.ExpiresAt.ToUnixTimeSeconds());
            writer.WriteString("t", claims.TokenId);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static ActionLinkClaims? ReadPayload(byte[] payload)
    {
        // Only payloads we signed get here, so a parse failure means a bug or a leaked key: refuse either way.
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("j", out var journey) || journey.GetString() is not { } journeyId
                || !root.TryGetProperty("p", out var participant) || participant.GetString() is not { } participantId
                || !root.TryGetProperty("a", out var actionName) || !LinkActionNames.TryParse(actionName.GetString(), out var action)
                || !root.TryGetProperty("x", out var expiry) || !expiry.TryGetInt64(out var expiresAt)
                || !root.TryGetProperty("t", out var id) || id.GetString() is not { } tokenId)
            {
                return null;
            }

            var argument = root.TryGetProperty("g", out var g) ? g.GetString() : null;
            return new ActionLinkClaims(journeyId, participantId, action, argument, DateTimeOffset.FromUnixTimeSeconds(expiresAt), tokenId);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
