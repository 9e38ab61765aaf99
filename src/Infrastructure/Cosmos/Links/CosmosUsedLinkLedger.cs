using MentorFlow.Infrastructure.Cosmos.Mentoring;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Infrastructure.Cosmos.Links;

/// <summary>
/// The used-link ledger on Cosmos DB: one document per used token id, in the token's own partition of the
/// <c>used-links</c> container. Recording is a create: of two uses of one link the second create gets 409, which is the
/// answer "already used", atomically across instances. Each document carries a time to live running out a day after the
/// link expires (an expired link is refused before the ledger is asked), so the service deletes it.
/// </summary>
public sealed class CosmosUsedLinkLedger : IUsedLinkLedger
{
    /// <summary>How long a record outlives its link, so clocks that disagree a little never let a link work twice.</summary>
    public static readonly TimeSpan RetentionAfterExpiry = TimeSpan.FromDays(1);

    private readonly DocumentContainer _documents;
    private readonly TimeProvider _clock;

    public CosmosUsedLinkLedger(CosmosMentoringDatabase database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        _documents = database.Documents(UsedLinksContainer.Name);
        _clock = clock;
    }

    public Task<bool> TryRecordAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenId);
        var usedAt = _clock.GetUtcNow();
        var keep = expiresAt + RetentionAfterExpiry - usedAt;
        return _documents.CreateAsync(
            new UsedLinkDocument
            {
                Id = tokenId,
                Pk = tokenId,
                UsedAt = usedAt,
                ExpiresAt = expiresAt,
                Ttl = (int)Math.Clamp(Math.Ceiling(keep.TotalSeconds), 1, int.MaxValue),
            },
            cancellationToken);
    }

    public async Task<bool> IsRecordedAsync(string tokenId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenId);
        return await _documents.ReadAsync<UsedLinkDocument>(tokenId, tokenId, cancellationToken).ConfigureAwait(false) is not null;
    }
}
