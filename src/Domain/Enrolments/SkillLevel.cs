namespace MentorFlow.Domain.Enrolments;

/// <summary>How well a mentor masters a skill they offer.</summary>
public enum SkillLevel
{
    Intermediate,
    Advanced,
    Expert,
}
