namespace MentorFlow.Domain.Agreements;

/// <summary>
/// How often the pair agree to meet. Review cycles follow the programme's own cadence (an ISO 8601
/// duration); this is the rhythm the two people promise each other, monthly being the common default.
/// </summary>
public enum MeetingCadence
{
    Weekly,
    Fortnightly,
    Monthly,
    Quarterly,
}
