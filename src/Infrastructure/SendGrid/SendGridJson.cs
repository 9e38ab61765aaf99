using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>JSON as the v3 API writes it: snake_case names, absent rather than null members.</summary>
public static class SendGridJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
