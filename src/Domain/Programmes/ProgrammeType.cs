namespace MentorFlow.Domain.Programmes;

/// <summary>The kinds of mentoring the seeds describe; the type decides the seniority rules of matching.</summary>
public enum ProgrammeType
{
    /// <summary>A more senior mentor guides one mentee.</summary>
    FormalOneToOne,

    /// <summary>One mentor, several mentees; the mentor's capacity is the group size.</summary>
    Group,

    /// <summary>Colleagues at similar levels support each other.</summary>
    Peer,

    /// <summary>A less senior mentor teaches a more senior mentee named skills, often technology.</summary>
    Reverse,

    /// <summary>Remote mentoring, typically across time zones.</summary>
    EMentoring,
}
