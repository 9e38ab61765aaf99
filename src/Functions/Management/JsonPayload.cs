using System.Text.Json.Nodes;

namespace MentorFlow.Functions.Management;

/// <summary>Turns a payload the runtime stored as JSON text back into JSON, so responses show it as callers sent it.</summary>
public static class JsonPayload
{
    public static JsonNode? Parse(string? serialized) => string.IsNullOrEmpty(serialized) ? null : JsonNode.Parse(serialized);
}
