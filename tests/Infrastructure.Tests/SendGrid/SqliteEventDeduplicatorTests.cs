using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using MentorFlow.Infrastructure.Sqlite;
using MentorFlow.Infrastructure.Tests.Storage.Mentoring;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

/// <summary>The deduplicator contract on a real SQLite file, shared with the mentoring stores.</summary>
public sealed class SqliteEventDeduplicatorTests : EventDeduplicatorContract, IDisposable
{
    private readonly SqliteStoreFile _file = new();

    protected override Task<IEventDeduplicator> OpenAsync()
        => Task.FromResult<IEventDeduplicator>(new SqliteEventDeduplicator(_file.Path, Retention, Clock));

    [Fact]
    public async Task Recording_deletes_the_ids_past_the_retention()
    {
        var store = await OpenAsync();
        await store.MarkHandledAsync("ev-old", CancellationToken.None);
        Clock.Advance(Retention + TimeSpan.FromHours(1));

        await store.MarkHandledAsync("ev-new", CancellationToken.None);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_file.Path}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT event_id FROM sendgrid_events";
        Assert.Equal("ev-new", (string?)await count.ExecuteScalarAsync());
    }

    public void Dispose() => _file.Dispose();
}
