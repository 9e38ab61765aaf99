using MentorFlow.Functions.Security;

namespace MentorFlow.Functions.Tests.Security;

public sealed class AdminKeyTests
{
    private readonly AdminKey _key = new("the-admin-key-0123456789", AdminKeyOrigin.Configured);

    [Fact]
    public void The_exact_key_matches() => Assert.True(_key.Matches("the-admin-key-0123456789"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("the-admin-key-012345678")]
    [InlineData("the-admin-key-0123456789 ")]
    [InlineData("THE-ADMIN-KEY-0123456789")]
    public void Anything_else_does_not_match(string? candidate) => Assert.False(_key.Matches(candidate));
}
