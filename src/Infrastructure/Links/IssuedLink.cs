namespace MentorFlow.Infrastructure.Links;

/// <summary>A freshly signed token (URL-safe, to put in a link) and the claims it carries.</summary>
public sealed record IssuedLink(string Token, ActionLinkClaims Claims)
{
    public override string ToString() => $"IssuedLink ({LinkActionNames.Name(Claims.Action)}, token id {Claims.TokenId})";
}
