namespace MentorFlow.Domain.Matching;

/// <summary>The hard constraints of matching; a pair that breaks any of them is never proposed.</summary>
public enum ConstraintKind
{
    /// <summary>A person cannot mentor themselves (the same email enrolled on both sides).</summary>
    SamePerson,

    /// <summary>The mentor is in the mentee's reporting line, or the mentee in the mentor's: a conflict of interest.</summary>
    ReportingLine,

    /// <summary>The two share no language.</summary>
    Language,

    /// <summary>Peer programmes: seniority levels further apart than the programme's band.</summary>
    PeerSeniority,

    /// <summary>Reverse programmes: the mentor must be less senior than the mentee.</summary>
    ReverseSeniority,

    /// <summary>Reverse programmes: the mentor must offer a skill the mentee wants.</summary>
    ReverseSkill,

    /// <summary>Less weekly availability in common than the programme's minimum.</summary>
    Availability,

    /// <summary>The mentor has no room left, or is paused.</summary>
    Capacity,
}
