using MentorFlow.Domain.Storage;
using MentorFlow.Infrastructure.Cosmos.Mentoring;
using MentorFlow.Infrastructure.Tests.Storage.Mentoring;

namespace MentorFlow.Infrastructure.Tests.Cosmos.Mentoring;

// The store contracts that SQLite passes, over the Cosmos DB emulator: each test in a database of its own.

[Collection(CosmosCollection.Name)]
public sealed class CosmosProgrammeStoreContractTests(CosmosEmulatorFixture emulator) : ProgrammeStoreContract
{
    private readonly CosmosContractDatabase _database = new(emulator, nameof(CosmosProgrammeStoreContractTests));

    protected override Task<IProgrammeStore> OpenStoreAsync() => Task.FromResult<IProgrammeStore>(new CosmosProgrammeStore(_database.Open()));

    public override Task DisposeAsync() => _database.DeleteAsync();
}

[Collection(CosmosCollection.Name)]
public sealed class CosmosParticipantStoreContractTests(CosmosEmulatorFixture emulator) : ParticipantStoreContract
{
    private readonly CosmosContractDatabase _database = new(emulator, nameof(CosmosParticipantStoreContractTests));

    protected override Task<IParticipantStore> OpenStoreAsync() => Task.FromResult<IParticipantStore>(new CosmosParticipantStore(_database.Open()));

    public override Task DisposeAsync() => _database.DeleteAsync();
}

[Collection(CosmosCollection.Name)]
public sealed class CosmosCapacityStoreContractTests(CosmosEmulatorFixture emulator) : CapacityStoreContract
{
    private readonly CosmosContractDatabase _database = new(emulator, nameof(CosmosCapacityStoreContractTests));

    protected override Task<ICapacityStore> OpenStoreAsync() => Task.FromResult<ICapacityStore>(new CosmosCapacityStore(_database.Open()));

    public override Task DisposeAsync() => _database.DeleteAsync();
}

/// <summary>One test's database on the emulator, its containers created by the stores' first request.</summary>
internal sealed class CosmosContractDatabase(CosmosEmulatorFixture emulator, string owner)
{
    private CosmosMentoringDatabase? _opened;

    public CosmosMentoringDatabase Open() => _opened ??= new CosmosMentoringDatabase(emulator.Client, emulator.NewDatabaseName(owner));

    public async Task DeleteAsync()
    {
        if (_opened is { IsReady: true })
        {
            await emulator.Client.GetDatabase(_opened.Name).DeleteAsync();
        }
    }
}
