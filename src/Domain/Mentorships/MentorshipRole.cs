namespace MentorFlow.Domain.Mentorships;

/// <summary>The side a participant takes in a mentorship.</summary>
public enum MentorshipRole
{
    Mentee,
    Mentor,
}
