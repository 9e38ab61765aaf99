namespace MentorFlow.Domain.Enrolments;

/// <summary>How two people prefer to meet and talk.</summary>
public enum Channel
{
    Video,
    Phone,
    InPerson,
    Chat,
    Email,
}
