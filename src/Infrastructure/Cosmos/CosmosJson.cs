using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>
/// The JSON shape of every document MentorFlow writes to Cosmos DB: System.Text.Json with the web defaults (the
/// history events' polymorphism is declared with its attributes), enums as names so a document reads in the portal.
/// </summary>
public static class CosmosJson
{
    /// <summary>The serializer options the Cosmos client is built with.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // The service may return a document's properties in another order than written; the history's
        // "eventType" discriminator must be found wherever it is.
        AllowOutOfOrderMetadataProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
