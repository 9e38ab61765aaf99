using System.Collections.Concurrent;

namespace MentorFlow.Durable.Tests.Support;

/// <summary>A singleton that orchestrators and activities under test count their runs in, by key.</summary>
public sealed class Counters
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Increment(string key) => _counts.AddOrUpdate(key, 1, (_, count) => count + 1);

    public int Get(string key) => _counts.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts);
}
