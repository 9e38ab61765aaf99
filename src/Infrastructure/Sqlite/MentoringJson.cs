using System.Text.Json;

namespace MentorFlow.Infrastructure.Sqlite;

/// <summary>How drafts are kept: System.Text.Json with web defaults (camelCase), the shape the HTTP API accepts.</summary>
internal static class MentoringJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json)
        => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A stored draft is null.");
}
