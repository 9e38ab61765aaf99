using System.Collections.Concurrent;
using System.Diagnostics;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Functions.Programmes;

/// <summary>
/// The programmes enrolments are checked against, read from the store at most once a second per programme: every
/// enrolment needs its programme, and under load reading and parsing the same draft for each one is a measurable part
/// of accepting it. A programme replaced through this process's <c>PUT</c> is forgotten at once (<see cref="Forget"/>);
/// a change made elsewhere (another process on the same data) applies within <see cref="Lifetime"/>. A programme that
/// is not found is not remembered, so a new programme can take enrolments at once.
/// </summary>
public sealed class RecentProgrammes(IProgrammeStore store)
{
    /// <summary>How long a programme read from the store is used before it is read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, RecentProgramme> _recent = new(StringComparer.Ordinal);
    private long _forgets;

    /// <summary>The stored programme, and its domain form, as read at most <see cref="Lifetime"/> ago.</summary>
    public async Task<RecentProgramme?> GetAsync(ProgrammeId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var now = Stopwatch.GetTimestamp();
        if (_recent.TryGetValue(id.Value, out var recent) && Stopwatch.GetElapsedTime(recent.ReadAt, now) < Lifetime)
        {
            return recent;
        }

        // A read that a Forget overtook may hold the programme as it was before the PUT: it is used, not remembered.
        var forgets = Interlocked.Read(ref _forgets);
        if (await store.GetAsync(id, cancellationToken) is not { } stored)
        {
            _recent.TryRemove(id.Value, out _);
            return null;
        }

        recent = new RecentProgramme(stored, Programme.Create(stored.Draft).Value, now);
        if (Interlocked.Read(ref _forgets) == forgets)
        {
            _recent[id.Value] = recent;
        }

        return recent;
    }

    /// <summary>Drops what is remembered of <paramref name="id"/>, so the next read goes to the store.</summary>
    public void Forget(ProgrammeId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Interlocked.Increment(ref _forgets);
        _recent.TryRemove(id.Value, out _);
    }
}

/// <summary>A programme as read from the store, its domain form, and when it was read (a <see cref="Stopwatch"/> timestamp).</summary>
public sealed record RecentProgramme(StoredProgramme Stored, Programme Programme, long ReadAt);
