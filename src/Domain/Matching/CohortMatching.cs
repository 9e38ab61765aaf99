using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// Matches a whole intake at once: every pair is checked against the hard constraints and the feasible ones scored,
/// then <see cref="AssignmentSolver"/> finds the assignment with the largest total score under the mentors' capacities
/// (in group programmes, the group size). Each mentee gets at most one mentor. The same index gives the same result.
/// </summary>
/// <remarks>
/// Scores go to the solver rounded to <see cref="ScoreDecimals"/> decimal places: the solver then works on exact
/// integers, so ties are decided by its stable rules rather than by floating-point noise. A feasible pair whose score
/// is 0 is never chosen (it adds nothing to the total); such a mentee waits like one with no feasible mentor.
/// The pair loop runs on all cores, one mentee per work item, and only compares precomputed features.
/// </remarks>
public static class CohortMatching
{
    public const int ScoreDecimals = 6;

    /// <summary>
    /// Matches the index's mentees. Capacities come from <paramref name="ledger"/> (what each mentor has left, none for
    /// a paused mentor) when given, otherwise from each mentor's enrolment.
    /// </summary>
    public static CohortResult Match(MatchingIndex index, CapacityLedger? ledger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var capacities = index.Mentors.Select(m => ledger is null ? m.Capacity : Math.Max(0, ledger.Remaining(m.Id))).ToArray();
        var rows = FeasibleScores(index, capacities, cancellationToken);

        var builder = new SparseAssignmentProblemBuilder(capacities);
        var feasiblePairs = 0L;
        foreach (var row in rows)
        {
            builder.AddMentee(row);
            feasiblePairs += row.Length;
        }

        // The index only makes valid pairs, so a refusal here would be a bug, not bad input.
        var solution = AssignmentSolver.Solve(builder.Build().Value, cancellationToken);

        var matches = new CandidateMatch[solution.Pairs.Count];
        Parallel.For(0, matches.Length, k =>
        {
            var pair = solution.Pairs[k];
            index.IsFeasible(pair.Mentee, pair.Mentor, out var overlap);
            matches[k] = index.Describe(pair.Mentee, pair.Mentor, overlap);
        });
        var assigned = new bool[index.MenteeCount];
        foreach (var pair in solution.Pairs)
        {
            assigned[pair.Mentee] = true;
        }

        var unmatched = Enumerable.Range(0, index.MenteeCount)
            .Where(i => !assigned[i])
            .OrderBy(i => index.Mentees[i].EnrolledAt)
            .ThenBy(i => index.Mentees[i].Id.Value, StringComparer.Ordinal)
            .Select(i => new UnmatchedMentee(index.Mentees[i].Id, WhyUnmatched(index, i, rows[i].Length, ledger)))
            .ToArray();
        return new CohortResult(matches, unmatched, matches.Sum(m => m.Score), feasiblePairs);
    }

    private static MentorScore[][] FeasibleScores(MatchingIndex index, int[] capacities, CancellationToken cancellationToken)
    {
        var rows = new MentorScore[index.MenteeCount][];
        Parallel.For(
            0,
            index.MenteeCount,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => (Buffer: new List<MentorScore>(index.MentorCount), Components: new double[ScoreComponents.Count]),
            (i, _, local) =>
            {
                local.Buffer.Clear();
                for (var j = 0; j < capacities.Length; j++)
                {
                    if (capacities[j] > 0 && index.IsFeasible(i, j, out var overlap))
                    {
                        var score = Math.Round(index.Score(i, j, overlap, local.Components), ScoreDecimals);
                        local.Buffer.Add(new MentorScore(j, score));
                    }
                }

                rows[i] = [.. local.Buffer];
                return local;
            },
            _ => { });
        return rows;
    }

    private static string WhyUnmatched(MatchingIndex index, int mentee, int feasibleMentors, CapacityLedger? ledger)
    {
        if (feasibleMentors > 0)
        {
            return $"all {feasibleMentors} feasible mentors were given to other mentees; waits for capacity";
        }

        if (index.MentorCount == 0)
        {
            return "no mentors have enrolled yet";
        }

        // Which constraints shut each mentor out, counted by kind, most common first.
        var menteeId = index.Mentees[mentee].Id;
        var counts = index.Mentors
            .SelectMany(m => index.Assess(menteeId, m.Id, ledger).Refusals.Select(r => r.Constraint).Distinct())
            .GroupBy(c => c)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => $"{g.Count()} {Describe(g.Key)}");
        return $"no feasible mentor among {index.MentorCount} ({string.Join(", ", counts)})";
    }

    private static string Describe(ConstraintKind kind) => kind switch
    {
        ConstraintKind.SamePerson => "are the mentee",
        ConstraintKind.ReportingLine => "in the reporting line",
        ConstraintKind.Language => "without a shared language",
        ConstraintKind.PeerSeniority => "outside the peer seniority band",
        ConstraintKind.ReverseSeniority => "not less senior",
        ConstraintKind.ReverseSkill => "offering no wanted skill",
        ConstraintKind.Availability => "with too little overlap",
        _ => "without capacity",
    };
}
