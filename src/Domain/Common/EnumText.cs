namespace MentorFlow.Domain.Common;

/// <summary>
/// Enum values as they are written in JSON and forms: camelCase names (<c>formalOneToOne</c>, <c>inPerson</c>),
/// read case-insensitively; numbers are refused so that a typo never selects an option by position.
/// </summary>
public static class EnumText
{
    public static string ToText<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }

    public static Result<T> Parse<T>(string? text, string field)
        where T : struct, Enum
        => TryParse(text, out T value) ? Result<T>.Success(value) : Result<T>.Failure(field, Problem<T>(text));

    /// <summary>Reads <paramref name="text"/> as one of <typeparamref name="T"/>'s names; false when it is none.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var trimmed = text.AsSpan().Trim();
        if (!trimmed.IsEmpty)
        {
            foreach (var (name, option) in Options<T>.All)
            {
                if (trimmed.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    value = option;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>What <see cref="Parse{T}"/> reports about a text <see cref="TryParse{T}"/> refuses.</summary>
    public static string Problem<T>(string? text)
        where T : struct, Enum
        => string.IsNullOrWhiteSpace(text)
            ? "is required"
            : "must be one of " + string.Join(", ", Options<T>.All.Select(o => ToText(o.Value)));

    // Every form reads several of these per post: the names are looked up once per enum, not listed again each time.
    private static class Options<T>
        where T : struct, Enum
    {
        public static readonly (string Name, T Value)[] All = [.. Enum.GetValues<T>().Select(v => (v.ToString(), v))];
    }
}
