using MentorFlow.Infrastructure.Links;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Links;

/// <summary>Link tokens signed with a fixed test key on a clock the test moves; each With changes one thing.</summary>
public sealed class LinkTokensBuilder
{
    public const string CurrentKey = "current-key-0123456789abcdefghijklmnopqrstuvwxyz";
    public const string OldKey = "old-key-0123456789abcdefghijklmnopqrstuvwxyz-before";

    private string _current = CurrentKey;
    private string? _previous;

    public InstantTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));

    public LinkTokensBuilder SignedWith(string key)
    {
        _current = key;
        return this;
    }

    public LinkTokensBuilder AlsoAccepting(string previousKey)
    {
        _previous = previousKey;
        return this;
    }

    public ActionLinkTokens Build() => new(LinkSigningKeys.FromText(_current, _previous), Clock);
}
