using System.Globalization;
using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// The rule after a decline or a lapsed proposal: the next-best mentors, never one who already declined, until the
/// programme's rematch attempts are used up; then the administrator is asked to step in.
/// </summary>
public static class Rematching
{
    public static RematchOutcome Next(MatchingIndex index, CapacityLedger ledger, ParticipantId mentee, IReadOnlySet<ParticipantId> failedMentors)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(failedMentors);
        var allowed = index.Programme.Matching.MaxRematchAttempts;

        // The first proposal and then MaxRematchAttempts rematches may fail before the administrator is asked.
        if (failedMentors.Count > allowed)
        {
            return new RematchOutcome(
                RematchStep.Escalate,
                [],
                string.Create(CultureInfo.InvariantCulture, $"{failedMentors.Count} proposals failed; the programme allows {allowed} rematch attempts"));
        }

        var suggestions = index.Suggest(mentee, ledger, failedMentors);
        return suggestions.Count == 0
            ? new RematchOutcome(RematchStep.Wait, [], "no other feasible mentor has room now")
            : new RematchOutcome(RematchStep.Propose, suggestions, "next-best mentors, excluding those who declined");
    }
}
