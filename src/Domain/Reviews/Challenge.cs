namespace MentorFlow.Domain.Reviews;

/// <summary>The challenges a check-in can report, in the words mentoring guides use for them.</summary>
public enum Challenge
{
    MisalignedExpectations,
    LackOfCommunication,
    SchedulingConflicts,
    Burnout,
    Other,
}
