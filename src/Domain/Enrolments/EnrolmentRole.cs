namespace MentorFlow.Domain.Enrolments;

public enum EnrolmentRole
{
    Mentee,
    Mentor,
}
