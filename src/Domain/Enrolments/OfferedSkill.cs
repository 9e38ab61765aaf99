namespace MentorFlow.Domain.Enrolments;

/// <summary>A skill a mentor offers to teach, as entered, with their level.</summary>
public sealed record OfferedSkill(string Skill, SkillLevel Level);
