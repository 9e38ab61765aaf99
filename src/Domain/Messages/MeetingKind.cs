namespace MentorFlow.Domain.Messages;

/// <summary>The meetings put in both calendars: the kickoff after the agreement, then one review per cycle.</summary>
public enum MeetingKind
{
    Kickoff,
    Review,
}
