using System.Security.Cryptography;
using System.Text;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Enrolments;

/// <summary>
/// The stable identity of a person in one programme. It is derived from the programme and the email's identity key
/// (a SHA-256 digest, so it reveals no email), which makes "the same person enrolling twice in one programme is the
/// same journey" true by construction: a second enrolment, as mentee or mentor, gets the same id.
/// </summary>
public sealed record ParticipantId(string Value)
{
    private const string Prefix = "p-";
    private const int DigestBytes = 12;
    private const int StackBytes = 1024;

    public static ParticipantId For(ProgrammeId programme, EmailAddress email)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(email);

        // Every enrolment derives one (and its other role's), so the text and its digest stay on the stack: a
        // programme id and an email are at most 64 + 1 + 254 characters of at most 3 UTF-8 bytes each.
        Span<byte> text = stackalloc byte[StackBytes];
        var length = Encoding.UTF8.GetBytes(programme.Value, text);
        text[length++] = (byte)'\n';
        length += Encoding.UTF8.GetBytes(email.IdentityKey, text[length..]);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text[..length], digest);

        Span<char> id = stackalloc char[Prefix.Length + (DigestBytes * 2)];
        Prefix.CopyTo(id);
        Convert.TryToHexStringLower(digest[..DigestBytes], id[Prefix.Length..], out _);
        return new ParticipantId(new string(id));
    }

    public override string ToString() => Value;
}
