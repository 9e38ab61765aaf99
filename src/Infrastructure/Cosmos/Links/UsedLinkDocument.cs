using System.Text.Json.Serialization;
using MentorFlow.Infrastructure.Cosmos.Orchestration;

namespace MentorFlow.Infrastructure.Cosmos.Links;

/// <summary>The <c>used-links</c> container: one document per used link, its id and partition key the token id.</summary>
public static class UsedLinksContainer
{
    public const string Name = "used-links";
}

/// <summary>A used link: its token id is both the document id and the partition key; <c>ttl</c> lets the service delete it.</summary>
internal sealed class UsedLinkDocument : CosmosDocument
{
    public override string Kind => "used-link";

    public required DateTimeOffset UsedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Seconds from the last write until the service deletes the document.</summary>
    [JsonPropertyName("ttl")]
    public required int Ttl { get; init; }
}
