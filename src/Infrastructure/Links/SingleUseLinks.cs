namespace MentorFlow.Infrastructure.Links;

/// <summary>
/// Redeems a link: checks it, then records its token id so it works once. Only a link that passes every check is
/// recorded, so a refused attempt never uses a genuine link up. The caller checks (<see cref="CheckAsync"/>), acts,
/// and redeems last: a crash between the act and the record leaves the link unused, so the retry acts again, which is
/// why every act behind a link must be one its receiver takes once however often it comes.
/// </summary>
public sealed class SingleUseLinks(ActionLinkTokens tokens, IUsedLinkLedger ledger)
{
    /// <summary>
    /// Checks a link as <see cref="RedeemAsync"/> would, used-ness included, without using it up: for the page a link
    /// opens, so a used link says so before anyone fills in its form.
    /// </summary>
    public async Task<LinkCheck> CheckAsync(string? token, string journeyId, LinkAction action, CancellationToken cancellationToken)
    {
        var check = tokens.Check(token, journeyId, action);
        if (!check.IsValid)
        {
            return check;
        }

        return await ledger.IsRecordedAsync(check.Claims!.TokenId, cancellationToken).ConfigureAwait(false)
            ? new LinkCheck(LinkCheckStatus.AlreadyUsed, check.Claims)
            : check;
    }

    public async Task<LinkCheck> RedeemAsync(string? token, string journeyId, LinkAction action, CancellationToken cancellationToken)
    {
        var check = tokens.Check(token, journeyId, action);
        if (!check.IsValid)
        {
            return check;
        }

        var claims = check.Claims!;
        return await ledger.TryRecordAsync(claims.TokenId, claims.ExpiresAt, cancellationToken).ConfigureAwait(false)
            ? check
            : new LinkCheck(LinkCheckStatus.AlreadyUsed, claims);
    }
}
