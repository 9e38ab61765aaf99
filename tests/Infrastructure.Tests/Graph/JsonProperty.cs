using System.Text.Json.Nodes;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>
/// Reads a JSON member whatever its casing: the Graph SDK writes model bodies in camelCase but action bodies
/// (cancel, getSchedule) in PascalCase, and Graph itself accepts both.
/// </summary>
public static class JsonProperty
{
    public static JsonNode? Get(JsonNode? node, string name) =>
        node?.AsObject().FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
