namespace MentorFlow.Infrastructure.Graph;

/// <summary>An attendee's answer to the invite, as Graph reports it.</summary>
public enum MeetingResponse
{
    None,
    Organizer,
    TentativelyAccepted,
    Accepted,
    Declined,
    NotResponded,
}
