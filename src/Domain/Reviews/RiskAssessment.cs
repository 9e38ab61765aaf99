using System.Collections.ObjectModel;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Reviews;

/// <summary>
/// Whether a mentorship is at risk after its latest closed review cycle, the reasons, and one suggested action.
/// <list type="bullet">
/// <item>Missed check-ins: one side missed at least <see cref="RiskThresholds.MissedCheckInsInARow"/> in a row, up to the latest cycle → administrator call.</item>
/// <item>Low satisfaction: a check-in in the latest cycle at or below <see cref="RiskThresholds.LowSatisfactionAtOrBelow"/> →
/// rematch when the cycle before was low too, revisit goals when misaligned expectations were reported, otherwise administrator call.</item>
/// <item>Stalled goals: a goal below 100 % whose progress did not rise for <see cref="RiskThresholds.StalledCyclesInARow"/> cycles with
/// check-ins (progress starts at 0 %; the higher of the two sides' figures counts) → revisit goals.</item>
/// <item>Burnout reported in the latest cycle → take a break.</item>
/// </list>
/// A threshold below 1 (0 for satisfaction) switches its rule off. Progress is compared goal by goal, by
/// position, only across cycles that report on the same goals: a revised goal list (a new
/// <see cref="CycleCheckIns.GoalsRevision"/>, or check-ins with a different number of goals) is a new
/// baseline, so a reworded or reordered goal starts afresh at 0 % instead of inheriting another goal's history.
/// </summary>
public sealed class RiskAssessment
{
    private RiskAssessment(int? latestCycle, List<RiskReason> reasons)
    {
        LatestCycle = latestCycle;
        Reasons = new ReadOnlyCollection<RiskReason>(reasons);
        SuggestedAction = reasons.Count == 0 ? null : reasons.Max(r => r.Action);
    }

    /// <summary>The last cycle assessed; null when no cycle has closed yet.</summary>
    public int? LatestCycle { get; }

    public bool IsAtRisk => Reasons.Count > 0;

    public IReadOnlyList<RiskReason> Reasons { get; }

    /// <summary>The most drastic action any reason calls for; null when not at risk.</summary>
    public SuggestedAction? SuggestedAction { get; }

    /// <summary>Assesses the closed cycles so far (any order; each cycle once).</summary>
    public static RiskAssessment Assess(IReadOnlyList<CycleCheckIns> cycles, RiskThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        ArgumentNullException.ThrowIfNull(thresholds);
        var ordered = cycles.OrderBy(c => c.Cycle).ToList();
        if (ordered.Count == 0)
        {
            return new RiskAssessment(null, []);
        }

        var reasons = new List<RiskReason>();
        MissedCheckIns(ordered, thresholds, reasons);
        LowSatisfaction(ordered, thresholds, reasons);
        StalledGoals(ordered, thresholds, reasons);
        Burnout(ordered[^1], reasons);
        return new RiskAssessment(ordered[^1].Cycle, reasons);
    }

    private static void MissedCheckIns(List<CycleCheckIns> ordered, RiskThresholds thresholds, List<RiskReason> reasons)
    {
        if (thresholds.MissedCheckInsInARow < 1)
        {
            return;
        }

        foreach (var role in new[] { MentorshipRole.Mentee, MentorshipRole.Mentor })
        {
            var missed = 0;
            for (var i = ordered.Count - 1; i >= 0 && ordered[i].From(role) is null; i--)
            {
                missed++;
            }

            if (missed >= thresholds.MissedCheckInsInARow)
            {
                reasons.Add(new RiskReason(
                    RiskRule.MissedCheckIns,
                    $"The {Word(role)} missed {missed} check-ins in a row (cycles {ordered[^missed].Cycle}–{ordered[^1].Cycle}).",
                    Reviews.SuggestedAction.AdministratorCall));
            }
        }
    }

    private static void LowSatisfaction(List<CycleCheckIns> ordered, RiskThresholds thresholds, List<RiskReason> reasons)
    {
        var latest = ordered[^1];
        var low = latest.Received.Where(c => c.Satisfaction <= thresholds.LowSatisfactionAtOrBelow).ToList();
        if (low.Count == 0)
        {
            return;
        }

        var lowBefore = ordered.Count > 1
            && ordered[^2].Cycle == latest.Cycle - 1
            && ordered[^2].Received.Any(c => c.Satisfaction <= thresholds.LowSatisfactionAtOrBelow);
        var misaligned = latest.Received.Any(c => c.Challenges.Contains(Challenge.MisalignedExpectations));
        var action = lowBefore ? Reviews.SuggestedAction.Rematch
            : misaligned ? Reviews.SuggestedAction.RevisitGoals
            : Reviews.SuggestedAction.AdministratorCall;
        var who = string.Join(" and ", low.Select(c => $"{c.Satisfaction} of {CheckIn.MaxSatisfaction} from the {Word(c.By)}"));
        var explanation = $"Low satisfaction in cycle {latest.Cycle}: {who}"
            + (lowBefore ? ", low in the cycle before too." : misaligned ? ", with misaligned expectations reported." : ".");
        reasons.Add(new RiskReason(RiskRule.LowSatisfaction, explanation, action));
    }

    private static void StalledGoals(List<CycleCheckIns> ordered, RiskThresholds thresholds, List<RiskReason> reasons)
    {
        if (thresholds.StalledCyclesInARow < 1)
        {
            return;
        }

        var sameGoals = SinceGoalsLastChanged(ordered);
        var goalCount = sameGoals.SelectMany(c => c.Received).Select(c => c.Progress.Count).DefaultIfEmpty(0).Max();
        for (var goal = 0; goal < goalCount; goal++)
        {
            var best = 0;
            var flat = 0;
            foreach (var cycle in sameGoals)
            {
                var reported = cycle.Received.Where(c => goal < c.Progress.Count).Select(c => c.Progress[goal]).ToList();
                if (reported.Count == 0)
                {
                    continue;
                }

                var progress = reported.Max();
                flat = progress >= 100 ? 0 : progress <= best ? flat + 1 : 0;
                best = Math.Max(best, progress);
            }

            if (flat >= thresholds.StalledCyclesInARow)
            {
                reasons.Add(new RiskReason(
                    RiskRule.StalledGoals,
                    $"Goal {goal + 1} has not moved for {flat} cycles (at {best} %).",
                    Reviews.SuggestedAction.RevisitGoals));
            }
        }
    }

    /// <summary>The latest cycles that report on the goals of the latest cycle: the same revision and the same number of goals.</summary>
    private static List<CycleCheckIns> SinceGoalsLastChanged(List<CycleCheckIns> ordered)
    {
        static int? GoalCount(CycleCheckIns cycle) => cycle.Received.Select(c => (int?)c.Progress.Count).FirstOrDefault();

        var revision = ordered[^1].GoalsRevision;
        var count = ordered.Select(GoalCount).LastOrDefault(c => c is not null);
        var first = ordered.Count;
        while (first > 0 && SameGoals(ordered[first - 1]))
        {
            first--;
        }

        return ordered[first..];

        // A cycle with no check-in says nothing about the goals, so it does not end the run.
        bool SameGoals(CycleCheckIns cycle) =>
            cycle.GoalsRevision == revision && (GoalCount(cycle) is not { } goals || goals == count);
    }

    private static void Burnout(CycleCheckIns latest, List<RiskReason> reasons)
    {
        var tired = latest.Received.Where(c => c.Challenges.Contains(Challenge.Burnout)).Select(c => Word(c.By)).ToList();
        if (tired.Count > 0)
        {
            reasons.Add(new RiskReason(
                RiskRule.Burnout,
                $"Burnout reported by the {string.Join(" and the ", tired)} in cycle {latest.Cycle}.",
                Reviews.SuggestedAction.TakeABreak));
        }
    }

    private static string Word(MentorshipRole role) => role == MentorshipRole.Mentee ? "mentee" : "mentor";
}
