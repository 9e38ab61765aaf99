using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace MentorFlow.Durable.Client.Journal;

/// <summary>
/// The starts a <see cref="JournaledDurableTaskClient"/> accepted and has not yet created in the store, found by
/// instance id. A start being written to the journal is an object (its name, acceptance time and whoever waits for the
/// write). Once synced it is only its id's 64-bit hash and where its record lies, in tables that hold no references:
/// during a burst hundreds of thousands wait here, and as objects they were what the collector copied from generation
/// to generation and traced in every collection. The id behind a hash found is confirmed by reading its record back.
/// </summary>
/// <remarks>
/// A start moves from being written to written by <see cref="Written"/>, which enters it among the written before it
/// leaves the ones being written: a reader that looks at the ones being written first, then the written, never misses it.
/// Two ids with the same hash (a chance of about 3 in 10^8 with a million pending) are kept apart: the later one is
/// held by its id.
/// </remarks>
internal sealed class PendingStarts
{
    private const int ShardBits = 4;

    private readonly ConcurrentDictionary<string, PendingStart> _writing = new(StringComparer.Ordinal);
    private readonly Shard[] _shards = [.. Enumerable.Range(0, 1 << ShardBits).Select(_ => new Shard())];
    private readonly Func<JournalLocation, JournaledStart?> _read;
    private readonly Func<string, ulong> _hash;

    /// <summary>Creates the set; <paramref name="read"/> reads a record back from the journal.</summary>
    public PendingStarts(Func<JournalLocation, JournaledStart?> read, Func<string, ulong>? hash = null)
    {
        _read = read;
        _hash = hash ?? Hash;
    }

    /// <summary>How many starts are pending: being written, and written.</summary>
    public int Count => _writing.Count + WrittenCount;

    /// <summary>How many written starts are pending.</summary>
    public int WrittenCount
    {
        get
        {
            int count = 0;
            foreach (Shard shard in _shards)
            {
                lock (shard)
                {
                    count += shard.Count;
                }
            }

            return count;
        }
    }

    /// <summary>The starts being written.</summary>
    public IReadOnlyCollection<KeyValuePair<string, PendingStart>> Writing => _writing;

    /// <summary>Takes <paramref name="instanceId"/> as being written; false when it is being written already.</summary>
    public bool TryBeginWriting(string instanceId, PendingStart start) => _writing.TryAdd(instanceId, start);

    /// <summary>The start being written under <paramref name="instanceId"/>, if one is.</summary>
    public bool TryGetWriting(string instanceId, out PendingStart start) => _writing.TryGetValue(instanceId, out start!);

    /// <summary>
    /// The record of <paramref name="instanceId"/> is synced at <paramref name="location"/>: it is pending as written,
    /// then no longer as being written, and whoever waits for its write learns where it lies.
    /// </summary>
    public void Written(string instanceId, JournalLocation location)
    {
        Add(instanceId, location);
        if (_writing.TryRemove(instanceId, out PendingStart? start))
        {
            start.SetWritten(location);
        }
    }

    /// <summary>Writing the start failed or it was refused before it was written: it is no longer pending.</summary>
    public void FailWriting(string instanceId, PendingStart start, Exception exception)
    {
        start.SetFailed(exception);
        _writing.TryRemove(new KeyValuePair<string, PendingStart>(instanceId, start));
    }

    /// <summary>Enters a record found in the journal on opening; false when its id is pending already.</summary>
    public bool TryAddRecovered(string instanceId, JournalLocation location)
    {
        if (TryFindWritten(instanceId, out _, out _))
        {
            return false;
        }

        Add(instanceId, location);
        return true;
    }

    /// <summary>Whether <paramref name="instanceId"/> is pending, being written or written.</summary>
    public bool Contains(string instanceId) => _writing.ContainsKey(instanceId) || TryFindWritten(instanceId, out _, out _);

    /// <summary>The written start of <paramref name="instanceId"/>, read back from the journal, and where it lies.</summary>
    public bool TryFindWritten(string instanceId, out JournaledStart start, out JournalLocation location)
    {
        ulong hash = _hash(instanceId);
        Shard shard = ShardOf(hash);
        lock (shard)
        {
            if (!shard.TryGet(hash, instanceId, out location))
            {
                start = null!;
                return false;
            }
        }

        // Read outside the lock: the record's file is the journal's, and most finds are of a start that is there.
        start = _read(location)!;
        return start is not null && string.Equals(start.InstanceId, instanceId, StringComparison.Ordinal);
    }

    /// <summary>Whether the written start of <paramref name="instanceId"/> is the one at <paramref name="location"/> and still pending.</summary>
    public bool IsWrittenAt(string instanceId, JournalLocation location)
    {
        ulong hash = _hash(instanceId);
        Shard shard = ShardOf(hash);
        lock (shard)
        {
            return shard.TryGet(hash, instanceId, out JournalLocation held) && held == location;
        }
    }

    /// <summary>The written start of <paramref name="instanceId"/> at <paramref name="location"/> is in the store now.</summary>
    public void Remove(string instanceId, JournalLocation location)
    {
        ulong hash = _hash(instanceId);
        Shard shard = ShardOf(hash);
        lock (shard)
        {
            if (shard.TryGet(hash, instanceId, out JournalLocation held) && held == location && shard.Colliding?.Remove(instanceId) != true)
            {
                shard.Locations.Remove(hash);
            }
        }
    }

    /// <summary>Where every written pending start lies, at this moment.</summary>
    public List<JournalLocation> WrittenLocations()
    {
        var locations = new List<JournalLocation>();
        foreach (Shard shard in _shards)
        {
            lock (shard)
            {
                locations.AddRange(shard.Locations.Values);
                locations.AddRange(shard.Colliding?.Values ?? Enumerable.Empty<JournalLocation>());
            }
        }

        return locations;
    }

    private void Add(string instanceId, JournalLocation location)
    {
        ulong hash = _hash(instanceId);
        Shard shard = ShardOf(hash);
        lock (shard)
        {
            if (!shard.Locations.TryAdd(hash, location))
            {
                // Another pending id has this hash (the same id is never pending twice).
                (shard.Colliding ??= new Dictionary<string, JournalLocation>(StringComparer.Ordinal))[instanceId] = location;
            }
        }
    }

    private Shard ShardOf(ulong hash) => _shards[(int)(hash >> (64 - ShardBits))];

    private static ulong Hash(string instanceId) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(instanceId.AsSpan()));

    // Sharded so a table's growth (a copy of its entries) holds up only the starts that hash into it.
    private sealed class Shard
    {
        public Dictionary<ulong, JournalLocation> Locations { get; } = [];

        public Dictionary<string, JournalLocation>? Colliding { get; set; }

        public int Count => Locations.Count + (Colliding?.Count ?? 0);

        // Where the start of this id and hash lies, unconfirmed: an id held by itself (its hash was taken) is looked up
        // by id; otherwise whatever holds the hash, which the caller confirms or compares with a place it knows.
        public bool TryGet(ulong hash, string instanceId, out JournalLocation location)
            => Colliding?.TryGetValue(instanceId, out location) == true || Locations.TryGetValue(hash, out location);
    }
}

/// <summary>
/// A start being written to the journal: its name and acceptance time, and, made only for whoever needs to wait for the
/// write (a rare request on a start not yet synced), a completion source. It locks itself: it is private to this
/// assembly's pending starts, nothing else locks it.
/// </summary>
internal sealed class PendingStart(string name, DateTime acceptedAt)
{
    private JournalLocation _location;
    private Exception? _failure;
    private bool _written;
    private TaskCompletionSource<JournalLocation>? _waiter;

    public string Name { get; } = name;

    public DateTime AcceptedAt { get; } = acceptedAt;

    /// <summary>Completes when the start is synced to the journal, with where it lies; fails when writing it failed.</summary>
    public Task<JournalLocation> WhenWritten()
    {
        lock (this)
        {
            if (_written)
            {
                return Task.FromResult(_location);
            }

            if (_failure is not null)
            {
                return Task.FromException<JournalLocation>(_failure);
            }

            _waiter ??= new TaskCompletionSource<JournalLocation>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiter.Task;
        }
    }

    public void SetWritten(JournalLocation location)
    {
        TaskCompletionSource<JournalLocation>? waiter;
        lock (this)
        {
            _location = location;
            _written = true;
            waiter = _waiter;
        }

        waiter?.TrySetResult(location);
    }

    public void SetFailed(Exception exception)
    {
        TaskCompletionSource<JournalLocation>? waiter;
        lock (this)
        {
            _failure = exception;
            waiter = _waiter;
        }

        waiter?.TrySetException(exception);
    }
}
