using System.Collections.Concurrent;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// The links this process is acting on right now. A page acts before it uses its link up (so a crash in between loses
/// nothing), which would let two posts of one link at once both act; here the second is refused instead. Posts to
/// different processes at once can still both act: every act is one the journey takes once, so that stays harmless.
/// </summary>
public sealed class LinkActsInFlight
{
    private readonly ConcurrentDictionary<string, byte> _tokens = new(StringComparer.Ordinal);

    /// <summary>Marks the link's token as being acted on until the answer is disposed; null when it already is.</summary>
    public IDisposable? TryEnter(string tokenId) => _tokens.TryAdd(tokenId, 0) ? new Entered(_tokens, tokenId) : null;

    private sealed class Entered(ConcurrentDictionary<string, byte> tokens, string tokenId) : IDisposable
    {
        public void Dispose() => tokens.TryRemove(tokenId, out _);
    }
}
