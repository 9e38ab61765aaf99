using System.Text.Json.Serialization;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>What every stored document has: id, partition key, a kind for queries, and the ETag it was read with.</summary>
internal abstract class CosmosDocument
{
    public required string Id { get; init; }

    public required string Pk { get; init; }

    public abstract string Kind { get; }

    /// <summary>The ETag of the version read or written last; every update is conditional on it.</summary>
    [JsonPropertyName("_etag")]
    public string? ETag { get; set; }
}
