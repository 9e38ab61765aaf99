using System.Runtime.CompilerServices;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// The mentees and mentors of one programme, prepared for matching in a given week: every pair can be checked
/// against the hard constraints and scored without allocating. Build a new index when enrolments change; it is an
/// immutable snapshot, so it can be shared across threads.
/// </summary>
/// <remarks>
/// Mentees and mentors are held in participant-id order, so every result is independent of the input order.
/// Availability overlap is measured in the seven days from <see cref="WeekStart"/> (00:00 UTC), typically the week the
/// programme starts: overlaps between zones change when daylight saving starts or ends, and a real week says which.
/// </remarks>
public sealed class MatchingIndex
{
    private readonly MenteeFeatures[] _menteeFeatures;
    private readonly MentorFeatures[] _mentorFeatures;
    private readonly Dictionary<ParticipantId, int> _menteePositions;
    private readonly Dictionary<ParticipantId, int> _mentorPositions;
    private readonly double[] _weights;
    private readonly int _minimumOverlapMinutes;
    private readonly int _saturationMinutes;

    private MatchingIndex(Programme programme, DateOnly weekStart, MenteeEnrolment[] mentees, MentorEnrolment[] mentors, ReportingLine reportingLine)
    {
        Programme = programme;
        WeekStart = weekStart;
        Mentees = mentees;
        Mentors = mentors;
        ReportingLine = reportingLine;
        var compiler = new FeatureCompiler(mentees, mentors, reportingLine, weekStart);
        _menteeFeatures = new MenteeFeatures[mentees.Length];
        _mentorFeatures = new MentorFeatures[mentors.Length];
        Parallel.For(0, mentees.Length, i => _menteeFeatures[i] = compiler.Compile(mentees[i]));
        Parallel.For(0, mentors.Length, j => _mentorFeatures[j] = compiler.Compile(mentors[j]));
        _menteePositions = Positions(mentees);
        _mentorPositions = Positions(mentors);

        var weights = programme.Matching.Weights;
        _weights = Enum.GetValues<ScoreComponent>().Select(c => weights.For(c) / weights.Total).ToArray();
        _minimumOverlapMinutes = (int)programme.Matching.MinimumWeeklyOverlap.TotalMinutes;

        // Overlap beyond twice the minimum (at least 4 h a week) adds nothing: enough time is enough.
        _saturationMinutes = Math.Max(2 * _minimumOverlapMinutes, 4 * 60);
    }

    public Programme Programme { get; }

    public DateOnly WeekStart { get; }

    /// <summary>The mentees, in participant-id order.</summary>
    public IReadOnlyList<MenteeEnrolment> Mentees { get; }

    /// <summary>The mentors, in participant-id order.</summary>
    public IReadOnlyList<MentorEnrolment> Mentors { get; }

    public ReportingLine ReportingLine { get; }

    /// <summary>
    /// Prepares matching. The reporting line is read from both mentees' and mentors' forms. Each person may appear
    /// once per side (the store keeps one enrolment per person and programme); a repeat is a programming error.
    /// </summary>
    public static MatchingIndex Build(Programme programme, IEnumerable<MenteeEnrolment> mentees, IEnumerable<MentorEnrolment> mentors, DateOnly weekStart)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentees);
        ArgumentNullException.ThrowIfNull(mentors);
        var menteeArray = mentees.OrderBy(m => m.Id.Value, StringComparer.Ordinal).ToArray();
        var mentorArray = mentors.OrderBy(m => m.Id.Value, StringComparer.Ordinal).ToArray();
        var reportingLine = new ReportingLine(menteeArray.Select(m => m.Profile).Concat(mentorArray.Select(m => m.Profile)));
        return new MatchingIndex(programme, weekStart, menteeArray, mentorArray, reportingLine);
    }

    /// <summary>
    /// Prepares matching for one mentee against every mentor: what <see cref="Build"/> over the whole programme would
    /// suggest and assess for that mentee (features and scores are per pair), without compiling every other mentee.
    /// <paramref name="reportingLine"/> must still come from everyone enrolled, since a chain of managers can run
    /// through people on either side.
    /// </summary>
    public static MatchingIndex ForMentee(
        Programme programme, MenteeEnrolment mentee, IEnumerable<MentorEnrolment> mentors, ReportingLine reportingLine, DateOnly weekStart)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(reportingLine);
        return new MatchingIndex(programme, weekStart, [mentee], [.. mentors.OrderBy(m => m.Id.Value, StringComparer.Ordinal)], reportingLine);
    }

    public bool ContainsMentee(ParticipantId mentee) => _menteePositions.ContainsKey(mentee);

    public bool ContainsMentor(ParticipantId mentor) => _mentorPositions.ContainsKey(mentor);

    /// <summary>Every constraint the pair breaks (capacity only when a ledger is given), or its candidate match.</summary>
    public PairAssessment Assess(ParticipantId mentee, ParticipantId mentor, CapacityLedger? ledger = null)
    {
        var i = MenteePosition(mentee);
        var j = MentorPosition(mentor);
        var refusals = new List<Refusal>();
        var m = _menteeFeatures[i];
        var n = _mentorFeatures[j];
        var menteeEnrolment = Mentees[i];
        var mentorEnrolment = Mentors[j];

        if (m.EmailId == n.EmailId)
        {
            refusals.Add(new Refusal(ConstraintKind.SamePerson, "a person cannot mentor themselves"));
        }
        else if (ReportingLine.Conflict(menteeEnrolment.Profile, mentorEnrolment.Profile) is { } conflict)
        {
            refusals.Add(new Refusal(ConstraintKind.ReportingLine, conflict + ", a conflict of interest"));
        }

        if (!TermBits.Intersects(m.Languages, n.Languages))
        {
            refusals.Add(new Refusal(
                ConstraintKind.Language,
                $"no shared language (mentee: {string.Join(", ", menteeEnrolment.Profile.Languages)}; mentor: {string.Join(", ", mentorEnrolment.Profile.Languages)})"));
        }

        if (TypeRefusal(m, n) is { } typeRefusal)
        {
            refusals.Add(typeRefusal);
        }

        if (Programme.Type == ProgrammeType.Reverse && !TermBits.Intersects(m.Wanted, n.SkillsOffered))
        {
            refusals.Add(new Refusal(ConstraintKind.ReverseSkill, "reverse mentoring needs the mentor to offer a skill the mentee wants"));
        }

        var overlap = WeeklyAvailability.OverlapMinutes(m.Availability, n.Availability);
        if (overlap < _minimumOverlapMinutes)
        {
            refusals.Add(new Refusal(
                ConstraintKind.Availability,
                $"only {DurationText.Minutes(overlap)} of weekly overlap in the week of {WeekStart:yyyy-MM-dd}; the programme needs {DurationText.Minutes(_minimumOverlapMinutes)}"));
        }

        if (ledger is not null && ledger.RefusalFor(mentor) is { } full)
        {
            refusals.Add(new Refusal(ConstraintKind.Capacity, full));
        }

        var match = refusals.Count == 0 ? Describe(i, j, overlap) : null;
        return new PairAssessment(mentee, mentor, refusals, match);
    }

    /// <summary>
    /// The best mentors for one mentee under the constraints and the mentors' remaining capacity: at most
    /// <paramref name="count"/> (the programme's top K by default), best first, equal scores in participant-id order.
    /// For a rematch, pass the mentors who declined (or let a proposal lapse) as <paramref name="excludedMentors"/>.
    /// </summary>
    public IReadOnlyList<CandidateMatch> Suggest(ParticipantId mentee, CapacityLedger ledger, IReadOnlySet<ParticipantId>? excludedMentors = null, int? count = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var k = count ?? Programme.Matching.TopK;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var i = MenteePosition(mentee);
        var best = new List<(double Score, int Mentor, int Overlap)>(k + 1);
        Span<double> components = stackalloc double[ScoreComponents.Count];
        for (var j = 0; j < _mentorFeatures.Length; j++)
        {
            if ((excludedMentors?.Contains(Mentors[j].Id) ?? false) || ledger.Remaining(Mentors[j].Id) <= 0 || !IsFeasible(i, j, out var overlap))
            {
                continue;
            }

            var score = Score(i, j, overlap, components);

            // Mentors are visited in id order, so inserting after equal scores keeps ties in id order.
            var at = best.FindIndex(b => b.Score < score);
            if (at < 0)
            {
                at = best.Count;
            }

            if (at < k)
            {
                best.Insert(at, (score, j, overlap));
                if (best.Count > k)
                {
                    best.RemoveAt(k);
                }
            }
        }

        return best.Select(b => Describe(i, b.Mentor, b.Overlap)).ToArray();
    }

    internal int MenteeCount => _menteeFeatures.Length;

    internal int MentorCount => _mentorFeatures.Length;

    /// <summary>The hard constraints except capacity, cheapest first, stopping at the first that fails.</summary>
    /// <remarks>
    /// The pair-loop methods are compiled optimised at once: a one-shot run calls them millions of times within
    /// seconds, before tiered compilation would promote them, and on busy cores the promotion can lag further.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool IsFeasible(int i, int j, out int overlapMinutes)
    {
        overlapMinutes = 0;
        var m = _menteeFeatures[i];
        var n = _mentorFeatures[j];
        if (m.EmailId == n.EmailId || Array.IndexOf(m.ManagerIds, n.EmailId) >= 0 || Array.IndexOf(n.ManagerIds, m.EmailId) >= 0)
        {
            return false;
        }

        if (!TermBits.Intersects(m.Languages, n.Languages) || TypeRefusal(m, n) is not null)
        {
            return false;
        }

        if (Programme.Type == ProgrammeType.Reverse && !TermBits.Intersects(m.Wanted, n.SkillsOffered))
        {
            return false;
        }

        overlapMinutes = WeeklyAvailability.OverlapMinutes(m.Availability, n.Availability);
        return overlapMinutes >= _minimumOverlapMinutes;
    }

    /// <summary>The weighted score of a feasible pair; <paramref name="components"/> receives each component.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal double Score(int i, int j, int overlapMinutes, Span<double> components)
    {
        ScoreComponents.Compute(Programme, _menteeFeatures[i], _mentorFeatures[j], overlapMinutes, _saturationMinutes, components);
        var total = 0.0;
        for (var c = 0; c < components.Length; c++)
        {
            total += _weights[c] * components[c];
        }

        return total;
    }

    internal CandidateMatch Describe(int i, int j, int overlapMinutes)
    {
        var components = new double[ScoreComponents.Count];
        var score = Score(i, j, overlapMinutes, components);
        var byComponent = Enum.GetValues<ScoreComponent>().ToDictionary(c => c, c => components[(int)c]);
        var reasons = MatchReasons.For(Programme, Mentees[i], Mentors[j], components, _weights, overlapMinutes);
        return new CandidateMatch(Mentees[i].Id, Mentors[j].Id, score, byComponent, reasons, TimeSpan.FromMinutes(overlapMinutes));
    }

    private Refusal? TypeRefusal(MenteeFeatures m, MentorFeatures n)
    {
        switch (Programme.Type)
        {
            case ProgrammeType.Peer when Math.Abs(m.Level - n.Level) > Programme.Matching.PeerSeniorityBand:
                return new Refusal(
                    ConstraintKind.PeerSeniority,
                    $"peer mentoring needs seniority levels at most {Programme.Matching.PeerSeniorityBand} apart; these are {Math.Abs(m.Level - n.Level)} apart");
            case ProgrammeType.Reverse when (n.Level, n.Years).CompareTo((m.Level, m.Years)) >= 0:
                return new Refusal(ConstraintKind.ReverseSeniority, "reverse mentoring needs a mentor less senior than the mentee");
            default:
                return null;
        }
    }

    private int MenteePosition(ParticipantId mentee) =>
        _menteePositions.TryGetValue(mentee, out var i) ? i : throw new ArgumentException($"Mentee {mentee} is not in this matching index.", nameof(mentee));

    private int MentorPosition(ParticipantId mentor) =>
        _mentorPositions.TryGetValue(mentor, out var j) ? j : throw new ArgumentException($"Mentor {mentor} is not in this matching index.", nameof(mentor));

    private static Dictionary<ParticipantId, int> Positions(IReadOnlyList<Enrolment> enrolments)
    {
        var positions = new Dictionary<ParticipantId, int>(enrolments.Count);
        for (var k = 0; k < enrolments.Count; k++)
        {
            if (!positions.TryAdd(enrolments[k].Id, k))
            {
                throw new ArgumentException($"{enrolments[k].Id} is enrolled twice on the same side; one enrolment per person and programme.", nameof(enrolments));
            }
        }

        return positions;
    }
}
