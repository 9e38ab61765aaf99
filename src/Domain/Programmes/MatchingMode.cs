namespace MentorFlow.Domain.Programmes;

/// <summary>Who turns a suggested match into a proposal.</summary>
public enum MatchingMode
{
    /// <summary>The best match is proposed to the mentor at once.</summary>
    Automatic,

    /// <summary>An administrator approves or overrides each match before it is proposed.</summary>
    AdministratorApproval,

    /// <summary>The mentee picks among the top K suggestions.</summary>
    MenteeChoice,
}
