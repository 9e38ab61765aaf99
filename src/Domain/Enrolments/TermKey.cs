using System.Buffers;

namespace MentorFlow.Domain.Enrolments;

/// <summary>
/// The form in which tags, skills, expertise areas and goal texts are compared: lower-case words (letters, digits,
/// <c>+</c> and <c>#</c>) separated by single spaces, so "Public-Speaking", "public  speaking" and the end of
/// "…better at public speaking." all read "public speaking". The text itself is always kept as entered.
/// </summary>
public static class TermKey
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The key is never longer than the text: it is built in place on the stack (or a pooled array for a long
        // text), and only the key itself becomes a string.
        char[]? rented = null;
        Span<char> key = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (!IsWordCharacter(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key[length++] = ' ';
                pendingSpace = false;
            }

            key[length++] = char.ToLowerInvariant(c);
        }

        var normalised = length == text.Length && key[..length].SequenceEqual(text) ? text : new string(key[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return normalised;
    }

    /// <summary>The words of <paramref name="text"/> in <see cref="Normalise"/> form.</summary>
    public static string[] Words(string text) =>
        Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '+' or '#';
}
