namespace MentorFlow.Functions.Programmes;

/// <summary>One mentee journey as the administrator's list shows it: where it stands, and whether it is at risk.</summary>
/// <param name="JourneyId">The journey's instance id, for the management API.</param>
/// <param name="MenteeId">The mentee's participant id.</param>
/// <param name="MenteeName">The mentee's name, as enrolled.</param>
/// <param name="RuntimeStatus">The instance's runtime status (Pending, Running, Completed, Failed, ...).</param>
/// <param name="Stage">The journey's stage, or null before its first step.</param>
/// <param name="WaitingFor">What it waits for, in words.</param>
/// <param name="Until">When that wait ends, when it has an end.</param>
/// <param name="MentorshipId">The current proposal or mentorship.</param>
/// <param name="MentorId">The proposed or matched mentor.</param>
/// <param name="Cycle">The review cycle, during reviews.</param>
/// <param name="AtRisk">Whether the latest risk assessment found it at risk.</param>
/// <param name="RiskReasons">Why, when at risk.</param>
/// <param name="CreatedTime">When the mentee enrolled (the journey started).</param>
/// <param name="LastUpdatedTime">When the journey last moved.</param>
public sealed record MentorshipSummary(
    string JourneyId,
    string MenteeId,
    string? MenteeName,
    string RuntimeStatus,
    string? Stage,
    string? WaitingFor,
    DateTimeOffset? Until,
    string? MentorshipId,
    string? MentorId,
    int? Cycle,
    bool AtRisk,
    IReadOnlyList<string> RiskReasons,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime);
