using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.History;

namespace MentorFlow.Functions.Management;

/// <summary>An instance's status in the shape of the Durable Functions HTTP API.</summary>
public sealed record InstanceStatusPayload(
    string Name,
    string InstanceId,
    string RuntimeStatus,
    JsonNode? Input,
    JsonNode? CustomStatus,
    JsonNode? Output,
    string CreatedTime,
    string LastUpdatedTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonArray? HistoryEvents)
{
    // Payload properties of history events, which the runtime keeps as JSON text.
    private static readonly string[] s_payloadProperties = ["input", "result"];

    public static InstanceStatusPayload From(OrchestrationMetadata instance, bool showInput, bool showHistoryOutput)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new InstanceStatusPayload(
            instance.Name,
            instance.InstanceId,
            instance.RuntimeStatus.ToString(),
            showInput ? JsonPayload.Parse(instance.SerializedInput) : null,
            JsonPayload.Parse(instance.SerializedCustomStatus),
            OutputOf(instance),
            Timestamp(instance.CreatedAt),
            Timestamp(instance.LastUpdatedAt),
            instance.History is null ? null : HistoryOf(instance.History, showHistoryOutput));
    }

    // Like Durable Functions, a failed instance shows its failure where the output would be.
    private static JsonNode? OutputOf(OrchestrationMetadata instance)
        => instance.SerializedOutput is not null || instance.FailureDetails is null
            ? JsonPayload.Parse(instance.SerializedOutput)
            : JsonSerializer.SerializeToNode(instance.FailureDetails, DurableJson.Options);

    // Durable Functions' format: seconds precision, UTC, with a Z.
    private static string Timestamp(DateTime time)
        => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonArray HistoryOf(IReadOnlyList<HistoryEvent> history, bool showHistoryOutput)
    {
        var events = new JsonArray();
        foreach (var historyEvent in history)
        {
            var node = JsonSerializer.SerializeToNode(historyEvent, DurableJson.Options)!.AsObject();
            foreach (var property in s_payloadProperties)
            {
                if (node[property] is JsonValue value && value.TryGetValue(out string? text))
                {
                    node[property] = JsonPayload.Parse(text);
                }
            }

            if (!showHistoryOutput)
            {
                node.Remove("result");
            }

            events.Add(node);
        }

        return events;
    }
}
