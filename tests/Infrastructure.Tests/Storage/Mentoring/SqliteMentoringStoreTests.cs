using MentorFlow.Domain.Storage;
using MentorFlow.Infrastructure.Sqlite;

namespace MentorFlow.Infrastructure.Tests.Storage.Mentoring;

// The store contracts over a real SQLite file, one per test.

public sealed class SqliteProgrammeStoreTests : ProgrammeStoreContract, IDisposable
{
    private readonly SqliteStoreFile _file = new();

    protected override Task<IProgrammeStore> OpenStoreAsync() => Task.FromResult<IProgrammeStore>(new SqliteProgrammeStore(_file.Open()));

    public void Dispose() => _file.Dispose();
}

public sealed class SqliteParticipantStoreTests : ParticipantStoreContract, IDisposable
{
    private readonly SqliteStoreFile _file = new();

    protected override Task<IParticipantStore> OpenStoreAsync() => Task.FromResult<IParticipantStore>(new SqliteParticipantStore(_file.Open()));

    public void Dispose() => _file.Dispose();
}

public sealed class SqliteCapacityStoreTests : CapacityStoreContract, IDisposable
{
    private readonly SqliteStoreFile _file = new();

    protected override Task<ICapacityStore> OpenStoreAsync() => Task.FromResult<ICapacityStore>(new SqliteCapacityStore(_file.Open()));

    public void Dispose() => _file.Dispose();
}
