using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Programmes;

/// <summary>A programme's slug, as it appears in URLs: lower-case letters and digits separated by single hyphens.</summary>
public sealed record ProgrammeId
{
    public const int MaxLength = 64;

    private ProgrammeId(string value) => Value = value;

    public string Value { get; }

    public static Result<ProgrammeId> Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<ProgrammeId>.Failure(field, "is required");
        }

        if (text.Length > MaxLength)
        {
            return Result<ProgrammeId>.Failure(field, $"must be at most {MaxLength} characters");
        }

        return IsSlug(text)
            ? Result<ProgrammeId>.Success(new ProgrammeId(text))
            : Result<ProgrammeId>.Failure(field, "must be a slug: lower-case letters and digits separated by single hyphens, such as spring-2026");
    }

    public override string ToString() => Value;

    private static bool IsSlug(string text)
    {
        var previousWasHyphen = true;
        foreach (var c in text)
        {
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    return false;
                }

                previousWasHyphen = true;
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                previousWasHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return !previousWasHyphen;
    }
}
