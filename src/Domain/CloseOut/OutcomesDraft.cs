namespace MentorFlow.Domain.CloseOut;

/// <summary>
/// The mentee's final review (JSON, camelCase): whether each agreement goal was met (in the agreement's
/// order), skills gained, confidence before and after on a 1–5 scale, new professional contacts made
/// through the mentorship, and whether a promotion or new role followed.
/// </summary>
public sealed record OutcomesDraft(
    IReadOnlyList<bool>? GoalsMet,
    IReadOnlyList<string>? SkillsGained,
    int? ConfidenceBefore,
    int? ConfidenceAfter,
    int? NewContacts,
    bool? Promoted);
