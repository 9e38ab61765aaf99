using System.Collections.ObjectModel;
using System.Globalization;
using MentorFlow.Domain.Reviews;

namespace MentorFlow.Domain.CloseOut;

/// <summary>
/// The story of a mentorship at its end, from the mentee's outcomes (when reported), both sides' final reviews
/// (what went well and what to carry forward; a missing one is said plainly) and the check-ins of every cycle.
/// <see cref="Lines"/> are the sentences the close-out emails show. Nothing in it is either side's rating: those
/// stay blind (see <see cref="CloseOutReport"/>).
/// </summary>
public sealed class CloseOutSummary
{
    private readonly FinalReviews? _finalReviews;

    private CloseOutSummary(
        Outcomes? outcomes, int cyclesHeld, int checkInsReceived, double? averageSatisfaction, List<int> finalProgress, CloseRequester? closedEarlyBy, FinalReviews? finalReviews)
    {
        _finalReviews = finalReviews;
        Outcomes = outcomes;
        CyclesHeld = cyclesHeld;
        CheckInsReceived = checkInsReceived;
        AverageSatisfaction = averageSatisfaction;
        FinalProgress = new ReadOnlyCollection<int>(finalProgress);
        ClosedEarlyBy = closedEarlyBy;
        Lines = new ReadOnlyCollection<string>(Describe());
    }

    public Outcomes? Outcomes { get; }

    public int CyclesHeld { get; }

    public int CheckInsReceived { get; }

    /// <summary>Two per cycle: one from each side.</summary>
    public int CheckInsExpected => CyclesHeld * 2;

    public double? AverageSatisfaction { get; }

    /// <summary>The latest progress reported per goal (the higher of the two sides), in the agreement's order.</summary>
    public IReadOnlyList<int> FinalProgress { get; }

    public CloseRequester? ClosedEarlyBy { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>
    /// The summary; <paramref name="finalReviews"/> is null when no final review was asked for (a mentorship closed
    /// before its agreement), otherwise each side's review or null for one that did not come.
    /// </summary>
    public static CloseOutSummary Build(Outcomes? outcomes, IReadOnlyList<CycleCheckIns> cycles, EarlyCloseRequest? earlyClose, FinalReviews? finalReviews)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        var received = cycles.SelectMany(c => c.Received).ToList();
        var average = received.Count == 0 ? (double?)null : received.Average(c => c.Satisfaction);
        var finalProgress = new List<int>();
        var latest = cycles.OrderBy(c => c.Cycle).LastOrDefault(c => c.Received.Any());
        if (latest is not null)
        {
            var goalCount = latest.Received.Max(c => c.Progress.Count);
            for (var goal = 0; goal < goalCount; goal++)
            {
                finalProgress.Add(latest.Received.Where(c => goal < c.Progress.Count).Max(c => c.Progress[goal]));
            }
        }

        return new CloseOutSummary(outcomes, cycles.Count, received.Count, average, finalProgress, earlyClose?.RequestedBy, finalReviews);
    }

    private List<string> Describe()
    {
        var lines = new List<string>();
        if (ClosedEarlyBy is { } requester)
        {
            lines.Add(requester == CloseRequester.Administrator
                ? "Closed early by the programme administrator."
                : $"Closed early at the {requester.ToString().ToLowerInvariant()}'s request.");
        }

        if (Outcomes is { } outcomes)
        {
            lines.Add(Invariant($"{outcomes.GoalsMetCount} of {outcomes.GoalsMet.Count} goals met ({outcomes.ShareOfGoalsMet:P0})."));
            lines.Add(outcomes.ConfidenceChange switch
            {
                > 0 => $"Confidence rose from {outcomes.ConfidenceBefore} to {outcomes.ConfidenceAfter} out of {Outcomes.MaxConfidence}.",
                < 0 => $"Confidence went from {outcomes.ConfidenceBefore} to {outcomes.ConfidenceAfter} out of {Outcomes.MaxConfidence}.",
                _ => $"Confidence stayed at {outcomes.ConfidenceAfter} out of {Outcomes.MaxConfidence}.",
            });
            if (outcomes.SkillsGained.Count > 0)
            {
                lines.Add($"Skills gained: {string.Join(", ", outcomes.SkillsGained)}.");
            }

            if (outcomes.NewContacts > 0)
            {
                lines.Add(outcomes.NewContacts == 1 ? "1 new professional contact." : $"{outcomes.NewContacts} new professional contacts.");
            }

            if (outcomes.Promoted)
            {
                lines.Add("A promotion or a new role followed.");
            }
        }

        if (_finalReviews is { } reviews)
        {
            lines.Add(Describe(reviews.Mentee, "mentee"));
            lines.Add(Describe(reviews.Mentor, "mentor"));
        }

        var cycles = CyclesHeld == 1 ? "1 review cycle" : $"{CyclesHeld} review cycles";
        lines.Add(AverageSatisfaction is { } average
            ? Invariant($"{cycles}, {CheckInsReceived} of {CheckInsExpected} check-ins, average satisfaction {average:0.0} out of {CheckIn.MaxSatisfaction}.")
            : $"{cycles}, no check-ins.");
        if (FinalProgress.Count > 0)
        {
            lines.Add("Progress at the last check-in: " + string.Join(", ", FinalProgress.Select((p, i) => Invariant($"goal {i + 1} {p} %"))) + ".");
        }

        return lines;
    }

    private static string Describe(FinalReview? review, string side) => review is null
        ? $"No final review from the {side}."
        : $"The {side}'s final review: what went well: \"{review.WentWell.Trim()}\"" + (review.CarryForward is { } carry ? $"; to carry forward: \"{carry.Trim()}\"." : ".");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
