using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Reviews;

namespace MentorFlow.Functions.Lifecycle.Reviews;

/// <summary>
/// One closed review cycle as the journey carries it across generations: the check-ins that came (a missing one was
/// missed) and the number of goals they were given against, so the domain's check-ins can be rebuilt exactly.
/// </summary>
public sealed record CycleRecord(int Cycle, int GoalCount, SubmittedCheckIn? Mentee, SubmittedCheckIn? Mentor)
{
    public CycleCheckIns ToCheckIns() => new(Cycle, Rebuild(Mentee, MentorshipRole.Mentee), Rebuild(Mentor, MentorshipRole.Mentor));

    public static IReadOnlyList<CycleCheckIns> ToCheckIns(IEnumerable<CycleRecord> cycles) => [.. cycles.Select(c => c.ToCheckIns())];

    private CheckIn? Rebuild(SubmittedCheckIn? submitted, MentorshipRole by) =>
        submitted is null ? null : CheckIn.Create(submitted.Draft, by, Cycle, GoalCount, submitted.At).Value;
}
