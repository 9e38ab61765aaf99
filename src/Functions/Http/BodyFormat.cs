using Microsoft.Net.Http.Headers;

namespace MentorFlow.Functions.Http;

/// <summary>The kinds of request body the API reads, told apart by Content-Type.</summary>
public enum BodyFormat
{
    Unsupported,
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c>, what an HTML form posts.</summary>
    Form,
}

public static class BodyFormats
{
    public const string Json = "application/json";
    public const string Form = "application/x-www-form-urlencoded";

    /// <summary>JSON (<c>application/json</c> or any <c>+json</c> type) or a form post; anything else, or none, is unsupported.</summary>
    public static BodyFormat Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } media)
        {
            return BodyFormat.Unsupported;
        }

        if (media.Equals(Json, StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Json;
        }

        return media.Equals(Form, StringComparison.OrdinalIgnoreCase) ? BodyFormat.Form : BodyFormat.Unsupported;
    }
}
