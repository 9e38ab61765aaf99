namespace MentorFlow.Domain.Reviews;

/// <summary>
/// What the administrator is advised to do about an at-risk mentorship. Declared from the mildest to the
/// most drastic; when several reasons apply, the assessment suggests the most drastic one.
/// </summary>
public enum SuggestedAction
{
    /// <summary>Revisit the goals together: they are stalled or expectations do not line up.</summary>
    RevisitGoals,

    /// <summary>The administrator calls the pair: someone has gone quiet or is unhappy.</summary>
    AdministratorCall,

    /// <summary>Take a break and come back refreshed: burnout was reported.</summary>
    TakeABreak,

    /// <summary>Find another mentor: satisfaction stayed low across cycles.</summary>
    Rematch,
}
