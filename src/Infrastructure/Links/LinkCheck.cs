namespace MentorFlow.Infrastructure.Links;

/// <summary>The outcome of checking a link's token: its status, and its claims whenever the signature was good.</summary>
public sealed record LinkCheck(LinkCheckStatus Status, ActionLinkClaims? Claims)
{
    public static readonly LinkCheck Forged = new(LinkCheckStatus.Forged, null);

    public bool IsValid => Status == LinkCheckStatus.Valid;
}
