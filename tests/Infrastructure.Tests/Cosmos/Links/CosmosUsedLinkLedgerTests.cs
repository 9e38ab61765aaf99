using System.Text.Json;
using MentorFlow.Infrastructure.Cosmos.Links;
using MentorFlow.Infrastructure.Cosmos.Mentoring;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos.Links;

/// <summary>The used-link ledger on the emulator, in a database of its own whose containers the ledger creates.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosUsedLinkLedgerTests(CosmosEmulatorFixture emulator) : IAsyncLifetime
{
    private static readonly DateTimeOffset Expiry = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => CancellationToken.None;

    private readonly InstantTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly CosmosMentoringDatabase _database = new(emulator.Client, emulator.NewDatabaseName(nameof(CosmosUsedLinkLedgerTests)));

    private Container UsedLinks => emulator.Client.GetContainer(_database.Name, UsedLinksContainer.Name);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await emulator.Client.GetDatabase(_database.Name).DeleteAsync();

    [Fact]
    public async Task A_token_id_is_recorded_once_and_asking_records_nothing()
    {
        var ledger = new CosmosUsedLinkLedger(_database, _clock);

        Assert.False(await ledger.IsRecordedAsync("token-1", Ct));
        Assert.True(await ledger.TryRecordAsync("token-1", Expiry, Ct));
        Assert.False(await ledger.TryRecordAsync("token-1", Expiry, Ct));
        Assert.True(await ledger.IsRecordedAsync("token-1", Ct));
        Assert.False(await ledger.IsRecordedAsync("token-2", Ct));
        Assert.True(await new CosmosUsedLinkLedger(_database, _clock).TryRecordAsync("token-2", Expiry, Ct));
    }

    [Fact]
    public async Task Of_concurrent_uses_of_one_link_on_several_instances_exactly_one_wins()
    {
        var ledgers = Enumerable.Range(0, 6).Select(_ => new CosmosUsedLinkLedger(_database, _clock)).ToList();

        var answers = await Task.WhenAll(ledgers.Select(ledger => ledger.TryRecordAsync("token-1", Expiry, Ct)));

        Assert.Single(answers, answer => answer);
    }

    [Fact]
    public async Task A_record_lives_until_a_day_after_its_link_expires_in_a_container_with_time_to_live_on()
    {
        await new CosmosUsedLinkLedger(_database, _clock).TryRecordAsync("token-1", Expiry, Ct);

        var stored = await UsedLinks.ReadItemAsync<JsonElement>("token-1", new PartitionKey("token-1"));
        var container = await UsedLinks.ReadContainerAsync();

        var expected = (Expiry + CosmosUsedLinkLedger.RetentionAfterExpiry - _clock.GetUtcNow()).TotalSeconds;
        Assert.Equal(expected, stored.Resource.GetProperty("ttl").GetInt32());
        Assert.Equal(-1, container.Resource.DefaultTimeToLive);
        Assert.Equal(CosmosMentoringDatabase.PartitionKeyPath, container.Resource.PartitionKeyPath);
    }

    [Fact]
    public async Task A_missing_container_is_an_error_not_an_unused_link()
    {
        var ledger = new CosmosUsedLinkLedger(_database, _clock);
        await ledger.TryRecordAsync("token-1", Expiry, Ct);
        await UsedLinks.DeleteContainerAsync();

        var failure = await Assert.ThrowsAsync<CosmosException>(() => ledger.IsRecordedAsync("token-1", Ct));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, failure.StatusCode);
        Assert.NotEqual(0, failure.SubStatusCode);
    }
}
