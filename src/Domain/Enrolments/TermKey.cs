using System.Text;

namespace MentorFlow.Domain.Enrolments;

/// <summary>
/// The form in which tags, skills and expertise areas are compared: lower-case, single spaces, hyphens and
/// underscores read as spaces. "Public-Speaking" and "public  speaking" are one skill; the text itself is kept as entered.
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
            if (char.IsWhiteSpace(c) || c is '-' or '_')
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
}
