namespace MentorFlow.Domain.Matching;

/// <summary>Numbers the distinct terms of one matching run, so that sets of terms become bit sets.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    public int Add(string key)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _ids.Count;
            _ids.Add(key, id);
        }

        return id;
    }

    public int Find(string key) => _ids.TryGetValue(key, out var id) ? id : -1;
}
