using System.Globalization;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// A mentorship id read back into its parts, <c>{programme}:{mentee}:{attempt}</c> as <see cref="JourneyIds.Mentorship"/>
/// writes it, so an administrator's request or a link's argument finds the journey the mentorship belongs to.
/// </summary>
public sealed record MentorshipKey(ProgrammeId Programme, ParticipantId Mentee, int Attempt)
{
    /// <summary>The mentee journey this mentorship belongs to.</summary>
    public string JourneyId => JourneyIds.MenteeJourney(Programme, Mentee);

    public string Value => JourneyIds.Mentorship(Programme, Mentee, Attempt);

    public static Result<MentorshipKey> Parse(string? text, string field)
    {
        var parts = (text ?? string.Empty).Split(':');
        if (parts.Length != 3
            || ProgrammeId.Parse(parts[0], field) is not { IsSuccess: true } programme
            || !IsParticipantId(parts[1])
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var attempt)
            || attempt < 1)
        {
            return Result<MentorshipKey>.Failure(field, "must be a mentorship id: {programme}:{mentee}:{attempt}, such as spring-2026:p-0a1b2c3d4e5f60718293a4b5:1");
        }

        return Result<MentorshipKey>.Success(new MentorshipKey(programme.Value, new ParticipantId(parts[1]), attempt));
    }

    public override string ToString() => Value;

    // Participant ids are "p-" and hex (ParticipantId.For); anything else cannot name a journey.
    internal static bool IsParticipantId(string text)
        => text.Length is > 2 and <= 64 && text.StartsWith("p-", StringComparison.Ordinal) && text[2..].All(char.IsAsciiHexDigitLower);
}
