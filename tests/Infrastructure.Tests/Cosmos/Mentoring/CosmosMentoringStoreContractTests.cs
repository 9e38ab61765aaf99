using MentorFlow.Domain.Storage;
using MentorFlow.Infrastructure.Cosmos.Mentoring;
using MentorFlow.Infrastructure.Tests.Storage.Mentoring;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos.Mentoring;

// The store contracts that SQLite passes, over the Cosmos DB emulator: each test in a database of its own.

[Collection(CosmosCollection.Name)]
public sealed class CosmosProgrammeStoreContractTests(CosmosEmulatorFixture emulator) : ProgrammeStoreContract
{
    private readonly CosmosContractDatabase _database = new(emulator, nameof(CosmosProgrammeStoreContractTests));

    protected override async Task<IProgrammeStore> OpenStoreAsync()
        => new CosmosProgrammeStore(await _database.EnsureAsync(), _database.Name);

    public override Task DisposeAsync() => _database.DeleteAsync();
}

[Collection(CosmosCollection.Name)]
public sealed class CosmosParticipantStoreContractTests(CosmosEmulatorFixture emulator) : ParticipantStoreContract
{
    private readonly CosmosContractDatabase _database = new(emulator, nameof(CosmosParticipantStoreContractTests));

    protected override async Task<IParticipantStore> OpenStoreAsync()
        => new CosmosParticipantStore(await _database.EnsureAsync(), _database.Name);

    public override Task DisposeAsync() => _database.DeleteAsync();
}

[Collection(CosmosCollection.Name)]
public sealed class CosmosCapacityStoreContractTests(CosmosEmulatorFixture emulator) : CapacityStoreContract
{
    private readonly CosmosContractDatabase _database = new(emulator, nameof(CosmosCapacityStoreContractTests));

    protected override async Task<ICapacityStore> OpenStoreAsync()
        => new CosmosCapacityStore(await _database.EnsureAsync(), _database.Name);

    public override Task DisposeAsync() => _database.DeleteAsync();
}

/// <summary>One test's database on the emulator, with the mentoring container made once.</summary>
internal sealed class CosmosContractDatabase(CosmosEmulatorFixture emulator, string owner)
{
    private bool _ensured;

    public string Name { get; } = emulator.NewDatabaseName(owner);

    public async Task<CosmosClient> EnsureAsync()
    {
        if (!_ensured)
        {
            await MentoringContainer.EnsureAsync(emulator.Client, Name, MentoringContainer.DefaultName, CancellationToken.None);
            _ensured = true;
        }

        return emulator.Client;
    }

    public async Task DeleteAsync()
    {
        if (_ensured)
        {
            await emulator.Client.GetDatabase(Name).DeleteAsync();
        }
    }
}
