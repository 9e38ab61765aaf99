namespace MentorFlow.Domain.Enrolments;

/// <summary>Whether a mentee wishes for a mentor with a background like theirs or unlike it.</summary>
public enum BackgroundWish
{
    NoPreference,
    Similar,
    Different,
}
