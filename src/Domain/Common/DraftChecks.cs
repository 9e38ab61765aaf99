namespace MentorFlow.Domain.Common;

/// <summary>
/// The bounds every free-text and number field of an input draft is held to. Each check adds a
/// <see cref="FieldError"/> naming the field instead of stopping, so one answer lists every bad field.
/// </summary>
internal static class DraftChecks
{
    /// <summary>A required text, trimmed; null (with an error added) when missing or out of bounds.</summary>
    public static string? RequiredText(string? value, string field, int minLength, int maxLength, string what, List<FieldError> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new FieldError(field, $"{what} is required."));
            return null;
        }

        return WithinBounds(text, field, minLength, maxLength, errors) ? text : null;
    }

    /// <summary>An optional text, trimmed; empty means absent.</summary>
    public static string? OptionalText(string? value, string field, int maxLength, List<FieldError> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return WithinBounds(text, field, 1, maxLength, errors) ? text : null;
    }

    /// <summary>A required whole number inside [min, max].</summary>
    public static int? RequiredRange(int? value, string field, int min, int max, string what, List<FieldError> errors)
    {
        if (value is null)
        {
            errors.Add(new FieldError(field, $"{what} is required."));
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(new FieldError(field, $"{what} must be between {min} and {max}."));
            return null;
        }

        return value;
    }

    private static bool WithinBounds(string text, string field, int minLength, int maxLength, List<FieldError> errors)
    {
        if (text.Length < minLength)
        {
            errors.Add(new FieldError(field, $"must be at least {minLength} characters."));
            return false;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, $"must be at most {maxLength} characters."));
            return false;
        }

        return true;
    }
}
