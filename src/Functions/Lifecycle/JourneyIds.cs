using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// Instance ids derived from business keys, so a repeated enrolment or run is the same instance. Parts are joined
/// with ':' (programme ids are slugs and participant ids hex, so neither holds one).
/// </summary>
public static class JourneyIds
{
    /// <summary>The mentee journey of one mentee in one programme: <c>journey:{programme}:{mentee}</c>.</summary>
    public static string MenteeJourney(ProgrammeId programme, ParticipantId mentee) => $"journey:{programme.Value}:{mentee.Value}";

    /// <summary>The intake of one mentor in one programme: <c>mentor:{programme}:{mentor}</c>.</summary>
    public static string MentorIntake(ProgrammeId programme, ParticipantId mentor) => $"mentor:{programme.Value}:{mentor.Value}";

    /// <summary>One cohort matching run: <c>cohort:{programme}:{run}</c>.</summary>
    public static string CohortRun(ProgrammeId programme, string run) => $"cohort:{programme.Value}:{run}";

    /// <summary>The prefix every mentee journey of a programme starts with, for instance queries.</summary>
    public static string MenteeJourneyPrefix(ProgrammeId programme) => $"journey:{programme.Value}:";

    /// <summary>
    /// A mentorship's id: the journey it belongs to and the proposal's attempt number (1 for the first mentor
    /// proposed, 2 after a rematch, ...), <c>{programme}:{mentee}:{attempt}</c>.
    /// </summary>
    public static string Mentorship(ProgrammeId programme, ParticipantId mentee, int attempt) => $"{programme.Value}:{mentee.Value}:{attempt}";
}
