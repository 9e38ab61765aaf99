using System.Text.Json;
using System.Text.Json.Serialization;
using MentorFlow.Domain.Common;

namespace MentorFlow.Functions.Http;

/// <summary>
/// Reads a JSON body into a domain draft (camelCase, web defaults). A property the draft does not have is refused,
/// so a misspelt field is reported instead of silently ignored. What cannot be read is one field error at the
/// JSON path where reading stopped (the domain then reports every rule a readable draft breaks).
/// </summary>
public static class DraftJson
{
    public const string BodyField = "body";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static Result<T> Read<T>(ReadOnlyMemory<byte> body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body.Span, Options) is { } draft
                ? Result<T>.Success(draft)
                : Result<T>.Failure(BodyField, "must be a JSON object");
        }
        catch (JsonException exception)
        {
            return Result<T>.Failure(FieldOf(exception.Path), MessageOf(exception));
        }
    }

    /// <summary><c>$.goals[1].text</c> becomes <c>goals[1].text</c>; the root is the body itself.</summary>
    private static string FieldOf(string? path)
    {
        var field = path is null ? "" : path.TrimStart('$').TrimStart('.');
        return field.Length == 0 ? BodyField : field;
    }

    // The serializer's own messages name .NET types; the caller needs to hear what is wrong in their JSON.
    private static string MessageOf(JsonException exception)
    {
        var message = exception.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "is not a field of this body";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "has the wrong type of value";
        }

        return exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? $"is not valid JSON (line {line + 1}, byte {position + 1})"
            : "is not valid JSON";
    }
}
