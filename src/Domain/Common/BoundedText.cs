namespace MentorFlow.Domain.Common;

/// <summary>
/// The one rule for free text and small whole numbers in every input draft (enrolments, agreements,
/// check-ins, close-out). Text is kept exactly as entered, because it is encoded wherever it is rendered;
/// only its presence, size and characters are checked. Each check adds an error naming the field instead of
/// stopping, so one answer lists every bad field.
/// </summary>
internal static class BoundedText
{
    /// <summary>
    /// The text as entered, or null when it is blank or refused. Blank means absent; the minimum length counts
    /// the text without surrounding white space, so padding cannot meet it; the maximum counts what is stored.
    /// A single-line text refuses every control character, a multi-line one allows line breaks and tabs.
    /// </summary>
    public static string? Read(
        string? value, string field, int maxLength, FieldErrorCollector errors, bool required = false, int minLength = 0, bool multiline = false)
    {
        if (Problem(value, maxLength, required, minLength, multiline) is { } problem)
        {
            errors.Add(field, problem);
            return null;
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>
    /// What <see cref="Read"/> would report about <paramref name="value"/>, or null when it accepts it (blank and not
    /// required included): for a list's items, whose field names are worth making only when one is refused.
    /// </summary>
    public static string? Problem(string? value, int maxLength, bool required = false, int minLength = 0, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? "is required" : null;
        }

        if (value.Trim().Length < minLength)
        {
            return $"must be at least {minLength} characters";
        }

        if (value.Length > maxLength)
        {
            return $"must be at most {maxLength} characters";
        }

        if (HasControlCharacter(value, multiline))
        {
            return multiline ? "must not contain control characters" : "must be a single line without control characters";
        }

        return null;
    }

    private static bool HasControlCharacter(string value, bool multiline)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A required whole number from <paramref name="min"/> to <paramref name="max"/>; null when missing or outside.</summary>
    public static int? Number(int? value, string field, int min, int max, FieldErrorCollector errors)
    {
        if (value is null)
        {
            errors.Add(field, "is required");
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(field, $"must be from {min} to {max}");
            return null;
        }

        return value;
    }
}
