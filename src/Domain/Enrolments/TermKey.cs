using System.Text;

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
        var key = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (!IsWordCharacter(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    /// <summary>The words of <paramref name="text"/> in <see cref="Normalise"/> form.</summary>
    public static string[] Words(string text) =>
        Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '+' or '#';
}
