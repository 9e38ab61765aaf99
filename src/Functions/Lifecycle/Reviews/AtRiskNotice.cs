namespace MentorFlow.Functions.Lifecycle.Reviews;

/// <summary>The cycles so far of a mentorship that the risk assessment found at risk after cycle <paramref name="Cycle"/>.</summary>
public sealed record AtRiskNotice(JourneyRef Journey, string MentorId, int Cycle, IReadOnlyList<CycleRecord> Cycles);
