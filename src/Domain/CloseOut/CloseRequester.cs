namespace MentorFlow.Domain.CloseOut;

/// <summary>Who asked to close a mentorship early.</summary>
public enum CloseRequester
{
    Mentee,
    Mentor,
    Administrator,
}
