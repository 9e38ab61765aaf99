namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>Which waiting journeys to find: the programme and the stages that count as waiting.</summary>
public sealed record WaitingJourneysQuery(string ProgrammeId, IReadOnlyList<string> Stages);
