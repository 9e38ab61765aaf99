using MentorFlow.Infrastructure.Cosmos.Links;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Cosmos.Mentoring;

/// <summary>
/// The domain data's containers in the <c>CosmosDb__Database</c> database: <c>mentoring</c> (programmes, participants,
/// capacity pools; partition key <c>/pk</c> = the programme id) and <c>used-links</c> (one document per used link;
/// <c>/pk</c> = the link's token id, time to live on). Both are created when missing, once per process, by whichever
/// comes first: the start-up initializer or a store's first request, which waits for it. One object per process is
/// shared by the stores.
/// </summary>
public sealed class CosmosMentoringDatabase
{
    /// <summary>The partition key path of both containers.</summary>
    public const string PartitionKeyPath = "/pk";

    private readonly CosmosClient _client;
    private readonly CosmosContainerCreation _creation;

    public CosmosMentoringDatabase(CosmosClient client, string database)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        _client = client;
        Name = database;
        _creation = new CosmosContainerCreation(client, database, [MentoringContainerDefinition(), UsedLinksContainerDefinition()]);
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>Whether both containers are known to exist.</summary>
    public bool IsReady => _creation.IsReady;

    /// <summary>Creates the database and both containers when missing; a failed or cancelled attempt is tried again by the next caller.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _creation.EnsureCreatedAsync(cancellationToken);

    /// <summary>The mentoring container's definition.</summary>
    public static ContainerProperties MentoringContainerDefinition() => new(MentoringContainer.Name, PartitionKeyPath);

    /// <summary>
    /// The used-link container's definition: time to live on with no default, so a document goes when its own
    /// <c>ttl</c> runs out (the link's expiry plus a margin).
    /// </summary>
    public static ContainerProperties UsedLinksContainerDefinition()
        => new(UsedLinksContainer.Name, PartitionKeyPath) { DefaultTimeToLive = -1 };

    internal DocumentContainer Documents(string container) => new(_client.GetContainer(Name, container), EnsureCreatedAsync);
}
