using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Tests.Enrolments;

/// <summary>The compared form of terms: lower-case words separated by single spaces, short and long texts alike.</summary>
public sealed class TermKeyTests
{
    [Theory]
    [InlineData("Public-Speaking", "public speaking")]
    [InlineData("  public   speaking ", "public speaking")]
    [InlineData("…better at public speaking.", "better at public speaking")]
    [InlineData("C# and C++", "c# and c++")]
    [InlineData("leadership", "leadership")]
    [InlineData("Ünïcödé Straße", "ünïcödé straße")]
    [InlineData("---", "")]
    [InlineData("", "")]
    public void Terms_are_compared_as_lower_case_words(string text, string key)
    {
        Assert.Equal(key, TermKey.Normalise(text));
    }

    [Fact]
    public void A_text_longer_than_the_stack_buffer_is_normalised_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Grow My Network, ", 40));

        var key = TermKey.Normalise(text);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("grow my network", 40)), key);
    }
}
