namespace MentorFlow.Infrastructure.Links;

/// <summary>Remembers which links were used, so each works once.</summary>
public interface IUsedLinkLedger
{
    /// <summary>
    /// Records the token id as used; true the first time, false when it was recorded before. Atomic: of two
    /// concurrent calls with one id, exactly one gets true. <paramref name="expiresAt"/> says when the record may go.
    /// </summary>
    Task<bool> TryRecordAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Whether the token id was recorded as used; records nothing (a page shown for a link asks this).</summary>
    Task<bool> IsRecordedAsync(string tokenId, CancellationToken cancellationToken);
}
