using MentorFlow.Durable.Client.Journal;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Journal;

/// <summary>
/// The pending starts over a real journal: a synced start is kept as its id's hash and its record's place, and the id
/// behind a hash is confirmed from the record, so ids that share a hash are told apart.
/// </summary>
public sealed class PendingStartsTests : IDisposable
{
    private static readonly DateTime At = new(2026, 12, 5, 9, 30, 0, DateTimeKind.Utc);
    private readonly string _directory = TempDirectory.Create();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_synced_start_is_no_longer_held_as_being_written_and_whoever_waited_learns_where_it_lies()
    {
        using var journaled = Journaled(hash: null);
        var start = new PendingStart("Journey", At);
        Assert.True(journaled.Pending.TryBeginWriting("journey:ana", start));
        Task<JournalLocation> waiting = start.WhenWritten();
        Assert.False(journaled.Pending.TryBeginWriting("journey:ana", new PendingStart("Journey", At)));

        JournalLocation location = await journaled.AppendAsync("journey:ana");

        Assert.Equal(location, await waiting);
        Assert.Empty(journaled.Pending.Writing);
        Assert.Equal(1, journaled.Pending.WrittenCount);
        Assert.True(journaled.Pending.Contains("journey:ana"));
        Assert.True(journaled.Pending.TryFindWritten("journey:ana", out JournaledStart found, out JournalLocation foundAt));
        Assert.Equal(new JournaledStart("journey:ana", "Journey", "{}", At), found);
        Assert.Equal(location, foundAt);
        Assert.False(journaled.Pending.Contains("journey:ben"));
    }

    [Fact]
    public async Task Ids_sharing_a_hash_are_each_pending_at_their_own_record_and_an_id_not_pending_with_that_hash_is_not_found()
    {
        using var journaled = Journaled(hash: _ => 42);
        JournalLocation ana = await journaled.AppendAsync("journey:ana");
        JournalLocation ben = await journaled.AppendAsync("journey:ben");

        Assert.Equal(2, journaled.Pending.WrittenCount);
        Assert.True(journaled.Pending.TryFindWritten("journey:ana", out _, out JournalLocation anaFound));
        Assert.True(journaled.Pending.TryFindWritten("journey:ben", out _, out JournalLocation benFound));
        Assert.Equal((ana, ben), (anaFound, benFound));
        Assert.False(journaled.Pending.Contains("journey:cleo"));
        Assert.False(journaled.Pending.IsWrittenAt("journey:ana", ben));

        journaled.Pending.Remove("journey:ana", ana);

        Assert.False(journaled.Pending.Contains("journey:ana"));
        Assert.True(journaled.Pending.IsWrittenAt("journey:ben", ben));
        Assert.Equal([ben], journaled.Pending.WrittenLocations());
        journaled.Pending.Remove("journey:ben", ben);
        Assert.Equal(0, journaled.Pending.Count);
    }

    [Fact]
    public async Task Removing_a_start_at_another_record_than_its_own_leaves_it_pending()
    {
        using var journaled = Journaled(hash: null);
        JournalLocation ana = await journaled.AppendAsync("journey:ana");
        JournalLocation ben = await journaled.AppendAsync("journey:ben");

        journaled.Pending.Remove("journey:ana", ben);

        Assert.True(journaled.Pending.IsWrittenAt("journey:ana", ana));
        Assert.Equal(2, journaled.Pending.Count);
    }

    [Fact]
    public async Task A_start_found_again_on_opening_is_kept_once_at_its_first_record()
    {
        using var journaled = Journaled(hash: null);
        JournalLocation first = await journaled.AppendAsync("journey:ana");
        JournalLocation again = await journaled.AppendAsync("journey:ana");
        var reopened = new PendingStarts(journaled.Journal.Read);

        Assert.True(reopened.TryAddRecovered("journey:ana", first));
        Assert.False(reopened.TryAddRecovered("journey:ana", again));

        Assert.Equal([first], reopened.WrittenLocations());
    }

    [Fact]
    public void A_start_refused_before_it_was_written_is_not_pending_and_its_waiter_learns_why()
    {
        using var journaled = Journaled(hash: null);
        var start = new PendingStart("Journey", At);
        journaled.Pending.TryBeginWriting("journey:ana", start);
        Task<JournalLocation> waiting = start.WhenWritten();
        var refusal = new IOException("disk full");

        journaled.Pending.FailWriting("journey:ana", start, refusal);

        Assert.Same(refusal, waiting.Exception!.InnerException);
        Assert.False(journaled.Pending.Contains("journey:ana"));
    }

    private JournaledPending Journaled(Func<string, ulong>? hash) => new(_directory, hash);

    // A journal whose synced records are entered into its pending starts, as the journaled client opens it.
    private sealed class JournaledPending : IDisposable
    {
        public JournaledPending(string directory, Func<string, ulong>? hash)
        {
            Pending = new PendingStarts(location => Journal!.Read(location), hash);
            Journal = StartJournal.Open(directory, out _, synced: Pending.Written);
        }

        public PendingStarts Pending { get; }

        public StartJournal Journal { get; }

        public Task<JournalLocation> AppendAsync(string instanceId)
            => Journal.AppendAsync(new JournaledStart(instanceId, "Journey", "{}", At));

        public void Dispose() => Journal.Dispose();
    }
}
