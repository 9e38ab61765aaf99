using System.Collections.Concurrent;
using System.Globalization;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>Programmes in a dictionary, with the store's contract (first add wins, versions change on every write).</summary>
public sealed class InMemoryProgrammeStore : IProgrammeStore
{
    private readonly ConcurrentDictionary<string, StoredProgramme> _programmes = new(StringComparer.Ordinal);
    private int _version;

    public Task<StoredProgramme?> GetAsync(ProgrammeId id, CancellationToken cancellationToken)
        => Task.FromResult(_programmes.TryGetValue(id.Value, out var stored) ? stored : null);

    public Task<StoredProgramme?> TryAddAsync(ProgrammeId id, ProgrammeDraft draft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var stored = new StoredProgramme(draft, NextVersion(), at);
        return Task.FromResult(_programmes.TryAdd(id.Value, stored) ? stored : null);
    }

    public Task<StoredProgramme?> PutAsync(ProgrammeId id, ProgrammeDraft draft, string? expectedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_programmes)
        {
            if (expectedVersion is not null && (!_programmes.TryGetValue(id.Value, out var current) || current.Version != expectedVersion))
            {
                return Task.FromResult<StoredProgramme?>(null);
            }

            var stored = new StoredProgramme(draft, NextVersion(), at);
            _programmes[id.Value] = stored;
            return Task.FromResult<StoredProgramme?>(stored);
        }
    }

    private string NextVersion() => Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
}
