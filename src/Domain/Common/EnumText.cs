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
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<T>.Failure(field, "is required");
        }

        var trimmed = text.AsSpan().Trim();
        foreach (var (name, value) in Options<T>.All)
        {
            if (trimmed.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return Result<T>.Success(value);
            }
        }

        return Result<T>.Failure(field, "must be one of " + string.Join(", ", Options<T>.All.Select(o => ToText(o.Value))));
    }

    // Every form reads several of these per post: the names are looked up once per enum, not listed again each time.
    private static class Options<T>
        where T : struct, Enum
    {
        public static readonly (string Name, T Value)[] All = [.. Enum.GetValues<T>().Select(v => (v.ToString(), v))];
    }
}
