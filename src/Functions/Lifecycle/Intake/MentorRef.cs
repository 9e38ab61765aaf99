namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>A mentor's intake: its instance id, the programme and the mentor.</summary>
public sealed record MentorRef(string IntakeId, string ProgrammeId, string MentorId);
