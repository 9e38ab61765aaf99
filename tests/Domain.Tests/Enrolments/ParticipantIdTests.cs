using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Tests.Enrolments;

/// <summary>
/// A participant's id names their journey on disk, so it must never change between versions: these are the first 12
/// bytes of SHA-256 over "{programme}\n{email folded to lower case}" in UTF-8, worked out apart from the code.
/// </summary>
public sealed class ParticipantIdTests
{
    [Theory]
    [InlineData("spring-2027", "ana.silva@example.org", "p-c8a406a34e65095e6306a271")]
    [InlineData("spring-2027", "Ana.Silva@Example.org", "p-c8a406a34e65095e6306a271")]
    [InlineData("spring-2027", "Joao.Goncalves@Exemplo.PT", "p-f5286c40d502114cd30efd44")]
    public void An_id_is_the_same_digest_of_the_programme_and_the_folded_email_it_always_was(string programme, string email, string expected)
    {
        var id = ParticipantId.For(ProgrammeId.Parse(programme, "id").Value, EmailAddress.Parse(email, "email").Value);

        Assert.Equal(expected, id.Value);
    }

    [Fact]
    public void The_longest_programme_id_with_a_long_email_makes_an_id_of_the_usual_shape()
    {
        var programme = ProgrammeId.Parse(new string('p', 64), "id").Value;
        var email = EmailAddress.Parse(new string('a', 64) + "@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 50) + ".org", "email");

        var id = ParticipantId.For(programme, email.Value);

        Assert.Matches("^p-[0-9a-f]{24}$", id.Value);
    }
}
