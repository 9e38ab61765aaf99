using System.Text.Json;

namespace MentorFlow.Durable;

/// <summary>
/// The one JSON convention for every payload the runtime stores (inputs, outputs, event data, custom status):
/// the web defaults (camelCase), so the HTTP management API shows payloads as callers sent them.
/// </summary>
public static class DurableJson
{
    /// <summary>The serializer options used for all payloads.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Serializes a payload; null stays null.</summary>
    public static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Options);

    /// <summary>Serializes a payload straight to UTF-8, the same JSON as <see cref="Serialize"/>; null stays null.</summary>
    public static byte[]? SerializeToUtf8Bytes(object? value) => value is null ? null : JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);

    /// <summary>Deserializes a payload; null or empty gives the default.</summary>
    public static T? Deserialize<T>(string? json) => string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);
}
