using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// A participant's journey id read back into its parts: a mentee journey (<c>journey:{programme}:{mentee}</c>) or a
/// mentor intake (<c>mentor:{programme}:{mentor}</c>), as <see cref="JourneyIds"/> writes them.
/// </summary>
public sealed record JourneyKey(bool IsMentorIntake, ProgrammeId Programme, ParticipantId Participant)
{
    private const string MenteePrefix = "journey";
    private const string MentorPrefix = "mentor";

    public string Value => IsMentorIntake ? JourneyIds.MentorIntake(Programme, Participant) : JourneyIds.MenteeJourney(Programme, Participant);

    /// <summary>The journey's key, or null when the id is neither kind.</summary>
    public static JourneyKey? TryParse(string? journeyId)
    {
        var parts = (journeyId ?? string.Empty).Split(':');
        if (parts.Length != 3
            || parts[0] is not (MenteePrefix or MentorPrefix)
            || ProgrammeId.Parse(parts[1], "journeyId") is not { IsSuccess: true } programme
            || !MentorshipKey.IsParticipantId(parts[2]))
        {
            return null;
        }

        return new JourneyKey(parts[0] == MentorPrefix, programme.Value, new ParticipantId(parts[2]));
    }

    public override string ToString() => Value;
}
