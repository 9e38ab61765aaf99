namespace MentorFlow.Domain.Mentorships;

/// <summary>A pair is one mentor and one mentee; a group is one mentor and several mentees (group programmes).</summary>
public enum MentorshipKind
{
    Pair,
    Group,
}
