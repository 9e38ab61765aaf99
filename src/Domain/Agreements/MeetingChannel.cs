namespace MentorFlow.Domain.Agreements;

/// <summary>How the pair agree to meet and keep in touch.</summary>
public enum MeetingChannel
{
    Video,
    Phone,
    InPerson,
    Chat,
    Email,
}
