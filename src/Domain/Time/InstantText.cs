using System.Globalization;
using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Time;

/// <summary>Reads an ISO 8601 date-time that states its offset, such as <c>2026-03-01T09:00:00Z</c> or <c>…+01:00</c>.</summary>
public static class InstantText
{
    public static Result<DateTimeOffset> Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<DateTimeOffset>.Failure(field, "is required");
        }

        // Without an offset the instant would depend on the server's zone; refuse rather than guess.
        var hasOffset = text.Length > 16 && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-');
        return hasOffset && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? Result<DateTimeOffset>.Success(instant)
            : Result<DateTimeOffset>.Failure(field, "must be an ISO 8601 date-time with an offset, such as 2026-03-01T09:00:00Z");
    }
}
