using System.Globalization;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// What a token's argument says, read by the conventions of <see cref="ParticipantLinkRoutes"/>: the mentorship, and for
/// choose the mentor, for check-in the review cycle, for confirm-agreement the revision.
/// </summary>
public sealed record LinkArgument(MentorshipKey? Mentorship, ParticipantId? Mentor = null, int? Number = null)
{
    /// <summary>The argument's parts, or null when they do not fit the action or belong to another journey.</summary>
    public static LinkArgument? TryParse(LinkAction action, string? argument, JourneyKey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        if (action == LinkAction.Pause)
        {
            return journey.IsMentorIntake ? new LinkArgument(Mentorship: null) : null;
        }

        if (journey.IsMentorIntake)
        {
            return null;
        }

        var parts = (argument ?? string.Empty).Split('/');
        var hasDetail = action is LinkAction.Choose or LinkAction.CheckIn or LinkAction.ConfirmAgreement;
        if (parts.Length != (hasDetail ? 2 : 1)
            || MentorshipKey.Parse(parts[0], "argument") is not { IsSuccess: true } parsed
            || parsed.Value.JourneyId != journey.Value)
        {
            return null;
        }

        var mentorship = parsed.Value;
        return action switch
        {
            LinkAction.Choose => MentorshipKey.IsParticipantId(parts[1]) ? new LinkArgument(mentorship, Mentor: new ParticipantId(parts[1])) : null,
            LinkAction.CheckIn or LinkAction.ConfirmAgreement =>
                int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
                    ? new LinkArgument(mentorship, Number: number)
                    : null,
            _ => new LinkArgument(mentorship),
        };
    }
}
