using System.Buffers;

namespace MentorFlow.Domain.Common;

/// <summary>The ASCII letters and digits the format checks (email addresses, language tags) allow, each set written once.</summary>
internal static class AsciiCharacters
{
    public const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public const string LettersAndDigits = Letters + "0123456789";

    public static readonly SearchValues<char> LetterSet = SearchValues.Create(Letters);

    public static readonly SearchValues<char> LetterOrDigitSet = SearchValues.Create(LettersAndDigits);
}
