namespace MentorFlow.Domain.Enrolments;

/// <summary>How a mentor tends to communicate, and what a mentee wishes for.</summary>
public enum CommunicationStyle
{
    /// <summary>Candid, straight to the point.</summary>
    Direct,

    /// <summary>Encouraging, listens first.</summary>
    Supportive,

    /// <summary>Asks questions so the mentee finds the answer.</summary>
    Coaching,

    /// <summary>Agendas, notes and follow-ups.</summary>
    Structured,

    /// <summary>Relaxed conversations as they come.</summary>
    Informal,
}
