using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>The store contract over a real SQLite file, one per test.</summary>
public sealed class SqliteOrchestrationStoreTests : OrchestrationStoreContract
{
    private readonly string _directory = TempDirectory.Create();

    protected override IOrchestrationStore CreateStore(TimeProvider clock)
        => new SqliteOrchestrationStore(Path.Combine(_directory, "durable.db"), clock);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
