using MentorFlow.Infrastructure.Sqlite;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Infrastructure.Tests.Links;

public sealed class SqliteUsedLinkLedgerTests : IDisposable
{
    private static readonly DateTimeOffset s_expiry = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDirectory _data = new();
    private readonly InstantTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_data.Path, SqliteUsedLinkLedger.DatabaseFileName);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task A_token_id_is_recorded_once()
    {
        var ledger = new SqliteUsedLinkLedger(DatabasePath, _clock);

        Assert.True(await ledger.TryRecordAsync("token-1", s_expiry, CancellationToken.None));
        Assert.False(await ledger.TryRecordAsync("token-1", s_expiry, CancellationToken.None));
        Assert.True(await ledger.TryRecordAsync("token-2", s_expiry, CancellationToken.None));
    }

    [Fact]
    public async Task Asking_whether_an_id_was_recorded_answers_without_recording_it()
    {
        var ledger = new SqliteUsedLinkLedger(DatabasePath, _clock);
        await ledger.TryRecordAsync("token-1", s_expiry, CancellationToken.None);

        Assert.True(await ledger.IsRecordedAsync("token-1", CancellationToken.None));
        Assert.False(await ledger.IsRecordedAsync("token-2", CancellationToken.None));
        Assert.True(await ledger.TryRecordAsync("token-2", s_expiry, CancellationToken.None));
    }

    [Fact]
    public async Task A_use_recorded_before_a_restart_is_still_known_after_it()
    {
        Assert.True(await new SqliteUsedLinkLedger(DatabasePath, _clock).TryRecordAsync("token-1", s_expiry, CancellationToken.None));

        var restarted = new SqliteUsedLinkLedger(DatabasePath, _clock);

        Assert.False(await restarted.TryRecordAsync("token-1", s_expiry, CancellationToken.None));
    }

    [Fact]
    public async Task Its_table_is_added_to_a_database_that_already_holds_other_tables()
    {
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE journeys (id TEXT PRIMARY KEY); INSERT INTO journeys VALUES ('journey-42');";
            await command.ExecuteNonQueryAsync();
        }

        Assert.True(await new SqliteUsedLinkLedger(DatabasePath, _clock).TryRecordAsync("token-1", s_expiry, CancellationToken.None));

        await using var check = new SqliteConnection($"Data Source={DatabasePath}");
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT (SELECT COUNT(*) FROM journeys) + (SELECT COUNT(*) FROM used_links);";
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Of_concurrent_uses_of_one_link_exactly_one_wins()
    {
        var ledgers = Enumerable.Range(0, 6).Select(_ => new SqliteUsedLinkLedger(DatabasePath, _clock)).ToList();

        var answers = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.TryRecordAsync("token-1", s_expiry, CancellationToken.None))));

        Assert.Single(answers, a => a);
    }
}
