namespace MentorFlow.Infrastructure.Links;

/// <summary>The names actions have inside tokens and URLs: stable, so a renamed enum member cannot void issued links.</summary>
public static class LinkActionNames
{
    private static readonly Dictionary<LinkAction, string> s_names = new()
    {
        [LinkAction.Accept] = "accept",
        [LinkAction.Decline] = "decline",
        [LinkAction.Choose] = "choose",
        [LinkAction.SubmitAgreement] = "submit-agreement",
        [LinkAction.ConfirmAgreement] = "confirm-agreement",
        [LinkAction.CheckIn] = "check-in",
        [LinkAction.EarlyClose] = "early-close",
        [LinkAction.Pause] = "pause",
        [LinkAction.FinalReview] = "final-review",
    };

    private static readonly Dictionary<string, LinkAction> s_actions = s_names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Name(LinkAction action) => s_names[action];

    public static bool TryParse(string? name, out LinkAction action) => s_actions.TryGetValue(name ?? string.Empty, out action);
}
