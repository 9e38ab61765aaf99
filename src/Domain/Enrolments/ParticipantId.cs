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
    public static ParticipantId For(ProgrammeId programme, EmailAddress email)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(email);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(programme.Value + "\n" + email.IdentityKey));
        return new ParticipantId("p-" + Convert.ToHexStringLower(digest, 0, 12));
    }

    public override string ToString() => Value;
}
