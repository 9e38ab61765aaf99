using System.Text.Json;
using MentorFlow.Domain.Common;

namespace MentorFlow.Functions.Management;

/// <summary>
/// Reads a request body that is a JSON payload (an orchestration's input, an event's data). An empty body is no
/// payload; a body that is not JSON is refused with a field error on <c>body</c>.
/// </summary>
public static class JsonBody
{
    public const string FieldName = "body";

    public static async Task<Result<JsonElement?>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<JsonElement?>.Success(null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return Result<JsonElement?>.Success(document.RootElement.Clone());
        }
        catch (JsonException exception)
        {
            return Result<JsonElement?>.Failure(FieldName, $"The body is not valid JSON: {exception.Message}");
        }
    }
}
