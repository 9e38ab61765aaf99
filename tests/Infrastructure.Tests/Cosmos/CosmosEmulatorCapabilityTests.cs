using System.Net;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>
/// The Cosmos DB behaviours the orchestration store relies on, checked against the emulator, so that an emulator
/// (or SDK) upgrade that changes one of them fails here with a clear name rather than deep inside a store test.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosEmulatorCapabilityTests(CosmosEmulatorFixture emulator) : IAsyncLifetime
{
    private Container _container = null!;
    private Database _database = null!;

    public async Task InitializeAsync()
    {
        _database = (await emulator.Client.CreateDatabaseIfNotExistsAsync(emulator.NewDatabaseName(nameof(CosmosEmulatorCapabilityTests)))).Database;
        _container = (await _database.CreateContainerIfNotExistsAsync(new ContainerProperties("docs", "/pk"))).Container;
    }

    public async Task DisposeAsync() => await _database.DeleteAsync();

    [Fact]
    public async Task Replace_with_a_stale_etag_is_refused_with_412()
    {
        var created = await _container.CreateItemAsync(new Probe("a", "p1", "x", "2026-01-01"), new PartitionKey("p1"));
        await _container.ReplaceItemAsync(new Probe("a", "p1", "y", "2026-01-01"), "a", new PartitionKey("p1"),
            new ItemRequestOptions { IfMatchEtag = created.ETag });

        var stale = await Assert.ThrowsAsync<CosmosException>(() => _container.ReplaceItemAsync(
            new Probe("a", "p1", "z", "2026-01-01"), "a", new PartitionKey("p1"), new ItemRequestOptions { IfMatchEtag = created.ETag }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("y", (await _container.ReadItemAsync<Probe>("a", new PartitionKey("p1"))).Resource.Kind);
    }

    [Fact]
    public async Task Reading_a_missing_document_of_a_partitioned_container_answers_404()
    {
        await _container.CreateItemAsync(new Probe("a", "p1", "x", "2026-01-01"), new PartitionKey("p1"));

        var missing = await Assert.ThrowsAsync<CosmosException>(() => _container.ReadItemAsync<Probe>("b", new PartitionKey("p1")));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Reading_from_a_missing_container_answers_404_with_a_substatus_unlike_a_missing_document()
    {
        var missingContainer = _database.GetContainer("absent");
        var missingDatabase = emulator.Client.GetContainer("absent-database", "docs");

        var inContainer = await Assert.ThrowsAsync<CosmosException>(() => missingContainer.ReadItemAsync<Probe>("a", new PartitionKey("p1")));
        var inDatabase = await Assert.ThrowsAsync<CosmosException>(() => missingDatabase.ReadItemAsync<Probe>("a", new PartitionKey("p1")));
        var document = await Assert.ThrowsAsync<CosmosException>(() => _container.ReadItemAsync<Probe>("b", new PartitionKey("p1")));

        Assert.Equal((HttpStatusCode.NotFound, 0), (document.StatusCode, document.SubStatusCode));
        Assert.Equal(HttpStatusCode.NotFound, inContainer.StatusCode);
        Assert.NotEqual(0, inContainer.SubStatusCode);
        Assert.Equal(HttpStatusCode.NotFound, inDatabase.StatusCode);
        Assert.NotEqual(0, inDatabase.SubStatusCode);
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_is_refused_with_412()
    {
        var created = await _container.CreateItemAsync(new Probe("a", "p1", "x", "2026-01-01"), new PartitionKey("p1"));
        await _container.ReplaceItemAsync(new Probe("a", "p1", "y", "2026-01-01"), "a", new PartitionKey("p1"));

        var stale = await Assert.ThrowsAsync<CosmosException>(() => _container.DeleteItemAsync<Probe>(
            "a", new PartitionKey("p1"), new ItemRequestOptions { IfMatchEtag = created.ETag }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task Creating_an_existing_id_in_the_same_partition_is_refused_with_409()
    {
        await _container.CreateItemAsync(new Probe("a", "p1", "x", "2026-01-01"), new PartitionKey("p1"));

        var duplicate = await Assert.ThrowsAsync<CosmosException>(
            () => _container.CreateItemAsync(new Probe("a", "p1", "y", "2026-01-01"), new PartitionKey("p1")));

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        await _container.CreateItemAsync(new Probe("a", "p2", "y", "2026-01-01"), new PartitionKey("p2"));
    }

    [Fact]
    public async Task A_parameterised_query_naming_its_partition_compares_fixed_width_time_strings()
    {
        await _container.CreateItemAsync(new Probe("early", "w:0", "work", "2026-01-01T09:00:00.0000000Z"), new PartitionKey("w:0"));
        await _container.CreateItemAsync(new Probe("late", "w:0", "work", "2026-01-01T10:00:00.0000000Z"), new PartitionKey("w:0"));
        await _container.CreateItemAsync(new Probe("other-kind", "w:0", "index", "2026-01-01T08:00:00.0000000Z"), new PartitionKey("w:0"));
        await _container.CreateItemAsync(new Probe("early-elsewhere", "w:1", "work", "2026-01-01T08:00:00.0000000Z"), new PartitionKey("w:1"));

        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.kind = @kind AND c.at <= @now AND STARTSWITH(c.id, @prefix)")
            .WithParameter("@pk", "w:0")
            .WithParameter("@kind", "work")
            .WithParameter("@now", "2026-01-01T09:30:00.0000000Z")
            .WithParameter("@prefix", "ea");
        var found = new List<Probe>();
        using var iterator = _container.GetItemQueryIterator<Probe>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey("w:0") });
        while (iterator.HasMoreResults)
        {
            found.AddRange(await iterator.ReadNextAsync());
        }

        Assert.Equal(["early"], found.Select(probe => probe.Id));
    }

    [Fact]
    public async Task Document_ids_may_hold_colons_dashes_and_underscores()
    {
        await _container.CreateItemAsync(new Probe("a-Zx_9:y", "p:1", "x", "2026-01-01"), new PartitionKey("p:1"));

        var read = await _container.ReadItemAsync<Probe>("a-Zx_9:y", new PartitionKey("p:1"));

        Assert.Equal("p:1", read.Resource.Pk);
    }

    private sealed record Probe(string Id, string Pk, string Kind, string At);
}
