using MentorFlow.Domain.Common;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Functions.Programmes;

/// <summary>
/// What anyone may read of a programme (<c>GET /api/programmes/{id}</c>): enough to decide to enrol and to fill the
/// form, nothing of its matching weights or risk thresholds.
/// </summary>
/// <param name="Id">The programme's slug.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">formalOneToOne, group, peer, reverse or eMentoring.</param>
/// <param name="Term">How long each mentorship runs (ISO 8601).</param>
/// <param name="ReviewCadence">Time between reviews (ISO 8601).</param>
/// <param name="MatchingMode">automatic, administratorApproval or menteeChoice.</param>
/// <param name="DefaultMentorCapacity">Mentees per mentor when a mentor does not say; the group size in a group programme.</param>
/// <param name="EnrolmentOpens">When enrolment opens, or null when it has no start.</param>
/// <param name="EnrolmentCloses">When enrolment closes, or null when it has no end.</param>
/// <param name="AcceptingEnrolments">Whether an enrolment posted now would be accepted.</param>
/// <param name="EnrolmentUrl">Where to post an enrolment.</param>
public sealed record ProgrammeDescription(
    string Id,
    string Name,
    string Type,
    string Term,
    string ReviewCadence,
    string MatchingMode,
    int DefaultMentorCapacity,
    DateTimeOffset? EnrolmentOpens,
    DateTimeOffset? EnrolmentCloses,
    bool AcceptingEnrolments,
    string EnrolmentUrl)
{
    public static ProgrammeDescription Of(Programme programme, DateTimeOffset now, string enrolmentUrl)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeDescription(
            programme.Id.Value,
            programme.Name,
            EnumText.ToText(programme.Type),
            programme.Term.ToString(),
            programme.ReviewCadence.ToString(),
            EnumText.ToText(programme.Matching.Mode),
            programme.DefaultMentorCapacity,
            programme.EnrolmentWindow.Opens,
            programme.EnrolmentWindow.Closes,
            programme.EnrolmentWindow.IsOpenAt(now),
            enrolmentUrl);
    }
}
