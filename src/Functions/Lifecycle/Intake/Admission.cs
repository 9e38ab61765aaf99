namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>Whether an enrolment was admitted (validated and stored), or why not.</summary>
public sealed record Admission(bool Admitted, string? Problem);
