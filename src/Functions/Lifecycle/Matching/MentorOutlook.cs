using MentorFlow.Domain.Matching;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>What matching found for a mentee: propose (with the options, best first), wait, or escalate; and why.</summary>
public sealed record MentorOutlook(RematchStep Step, IReadOnlyList<MentorOption> Options, string Reason);
