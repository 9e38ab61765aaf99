namespace MentorFlow.Domain.Enrolments;

/// <summary>The traits a mentee wishes for in a mentor; none of them is a hard constraint, they shape the score.</summary>
/// <param name="IndustryExperience">The mentor should know the mentee's industry.</param>
/// <param name="CommunicationStyle">The style the mentee hopes for, or null for no preference.</param>
/// <param name="Background">A similar or a different background.</param>
public sealed record MentorWishes(bool IndustryExperience, CommunicationStyle? CommunicationStyle, BackgroundWish Background)
{
    public static MentorWishes None { get; } = new(false, null, BackgroundWish.NoPreference);
}
