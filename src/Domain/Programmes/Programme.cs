using MentorFlow.Domain.Common;
using MentorFlow.Domain.Reviews;
using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Programmes;

/// <summary>
/// A mentoring programme as an administrator configures it: its type, how long mentorships run and how often they
/// are reviewed, how matching works, and the deadlines of the lifecycle. Created only through <see cref="Create"/>,
/// so a programme in hand is always valid.
/// </summary>
public sealed class Programme
{
    public const int MaxNameLength = 120;
    public const int MaxTopK = 20;
    public const int MaxCapacity = 50;
    public const int MaxRematchAttempts = 10;
    public const int MaxPeerSeniorityBand = 10;
    public const int MaxReminderOffsets = 5;
    public const int MaxRiskCount = 10;

    public static readonly IsoDuration DefaultTerm = IsoDuration.FromMonths(6);
    public static readonly IsoDuration DefaultReviewCadence = IsoDuration.FromMonths(1);
    public static readonly IsoDuration DefaultMatchResponse = IsoDuration.FromDays(7);
    public static readonly IsoDuration DefaultAgreement = IsoDuration.FromDays(14);
    public static readonly IsoDuration DefaultCheckIn = IsoDuration.FromDays(7);
    public static readonly IsoDuration DefaultReminderOffset = IsoDuration.FromDays(1);
    public static readonly TimeSpan DefaultMinimumWeeklyOverlap = TimeSpan.FromHours(1);
    public const int DefaultCapacity = 2;
    public const int DefaultGroupSize = 5;
    public const int DefaultTopK = 3;
    public const int DefaultMaxRematchAttempts = 3;
    public const int DefaultPeerSeniorityBand = 1;

    // Calendar durations (P1M against P30D) compare only at a concrete date; a fixed one keeps validation stable.
    private static readonly DateTimeOffset ComparisonReference = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Programme(
        ProgrammeId id,
        string name,
        ProgrammeType type,
        IsoDuration term,
        IsoDuration reviewCadence,
        MatchingSettings matching,
        int defaultMentorCapacity,
        ProgrammeDeadlines deadlines,
        EnrolmentWindow enrolmentWindow,
        RiskThresholds risk)
    {
        Id = id;
        Name = name;
        Type = type;
        Term = term;
        ReviewCadence = reviewCadence;
        Matching = matching;
        DefaultMentorCapacity = defaultMentorCapacity;
        Deadlines = deadlines;
        EnrolmentWindow = enrolmentWindow;
        Risk = risk;
    }

    public ProgrammeId Id { get; }

    public string Name { get; }

    public ProgrammeType Type { get; }

    /// <summary>How long each mentorship runs.</summary>
    public IsoDuration Term { get; }

    /// <summary>Time between review meetings.</summary>
    public IsoDuration ReviewCadence { get; }

    public MatchingSettings Matching { get; }

    /// <summary>Mentees per mentor when the mentor does not say; in a group programme, the group size.</summary>
    public int DefaultMentorCapacity { get; }

    public ProgrammeDeadlines Deadlines { get; }

    public EnrolmentWindow EnrolmentWindow { get; }

    public RiskThresholds Risk { get; }

    /// <summary>
    /// Validates <paramref name="draft"/> and reports every bad field at once. Omitted fields take these defaults:
    /// type formalOneToOne, term P6M, review cadence P1M, automatic matching with top 3 suggestions and
    /// <see cref="MatchingWeights.Default"/>, 3 rematch attempts, PT1H of weekly overlap, a peer band of 1 level,
    /// capacity 2 (group size 5 in group programmes), 7 days to answer a match, 14 to sign the agreement, 7 to send a
    /// check-in, one reminder a day before each deadline (none when a deadline is a day or shorter), an always-open
    /// enrolment window and <see cref="RiskThresholds.Default"/>.
    /// </summary>
    public static Result<Programme> Create(ProgrammeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new FieldErrorCollector();

        var id = errors.TakeOrNull(ProgrammeId.Parse(draft.Id, "id"));
        var name = ValidateName(draft.Name, errors);
        var type = draft.Type is null ? ProgrammeType.FormalOneToOne : errors.Take(EnumText.Parse<ProgrammeType>(draft.Type, "type"), ProgrammeType.FormalOneToOne);
        var term = ParsePositive(draft.Term, DefaultTerm, "term", errors);
        var cadence = ParsePositive(draft.ReviewCadence, DefaultReviewCadence, "reviewCadence", errors);
        if (cadence is { } c && term is { } t && c.IsLongerThan(t, ComparisonReference))
        {
            errors.Add("reviewCadence", $"must not be longer than the term ({t})");
        }

        var matching = ValidateMatching(draft.Matching ?? new MatchingDraft(), errors);
        var capacity = ValidateCapacity(draft.DefaultMentorCapacity, type, errors);
        var deadlines = ValidateDeadlines(draft.Deadlines ?? new DeadlinesDraft(), errors);
        var window = ValidateWindow(draft.EnrolmentWindow, errors);
        var risk = ValidateRisk(draft.Risk, errors);

        return errors.ToResult(() => new Programme(id!, name, type, term!.Value, cadence!.Value, matching!, capacity, deadlines!, window!, risk!));
    }

    private static string ValidateName(string? name, FieldErrorCollector errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "is required");
            return "";
        }

        if (name.Length > MaxNameLength)
        {
            errors.Add("name", $"must be at most {MaxNameLength} characters");
        }
        else if (name.Any(char.IsControl))
        {
            errors.Add("name", "must be a single line without control characters");
        }

        return name.Trim();
    }

    private static IsoDuration? ParsePositive(string? text, IsoDuration fallback, string field, FieldErrorCollector errors)
    {
        if (text is null)
        {
            return fallback;
        }

        var parsed = IsoDuration.Parse(text, field);
        if (!parsed.IsSuccess)
        {
            errors.Take(parsed, default);
            return null;
        }

        if (parsed.Value.IsZero)
        {
            errors.Add(field, "must be longer than zero");
            return null;
        }

        return parsed.Value;
    }

    private static MatchingSettings? ValidateMatching(MatchingDraft draft, FieldErrorCollector errors)
    {
        var mode = draft.Mode is null ? MatchingMode.Automatic : errors.Take(EnumText.Parse<MatchingMode>(draft.Mode, "matching.mode"), MatchingMode.Automatic);
        var topK = InRange(draft.TopK, DefaultTopK, 1, MaxTopK, "matching.topK", errors);
        var weights = ValidateWeights(draft.Weights ?? new MatchingWeightsDraft(), errors);
        var rematches = InRange(draft.MaxRematchAttempts, DefaultMaxRematchAttempts, 0, MaxRematchAttempts, "matching.maxRematchAttempts", errors);
        var band = InRange(draft.PeerSeniorityBand, DefaultPeerSeniorityBand, 0, MaxPeerSeniorityBand, "matching.peerSeniorityBand", errors);

        var overlap = DefaultMinimumWeeklyOverlap;
        if (draft.MinimumWeeklyOverlap is not null)
        {
            const string field = "matching.minimumWeeklyOverlap";
            var parsed = errors.TakeValueOrNull(IsoDuration.Parse(draft.MinimumWeeklyOverlap, field));
            if (parsed is { HasCalendarPart: true })
            {
                errors.Add(field, "must not use years or months (a week has a fixed length), for example PT2H");
            }
            else if (parsed is { } p && p.FixedPart > TimeSpan.FromDays(7))
            {
                errors.Add(field, "must not exceed a week (P7D)");
            }
            else if (parsed is { } ok)
            {
                overlap = ok.FixedPart;
            }
        }

        return new MatchingSettings(mode, topK, weights, rematches, overlap, band);
    }

    private static MatchingWeights ValidateWeights(MatchingWeightsDraft draft, FieldErrorCollector errors)
    {
        var d = MatchingWeights.Default;
        var weights = new MatchingWeights(
            Weight(draft.Goals, d.Goals, "goals", errors),
            Weight(draft.Skills, d.Skills, "skills", errors),
            Weight(draft.Industry, d.Industry, "industry", errors),
            Weight(draft.Seniority, d.Seniority, "seniority", errors),
            Weight(draft.CommunicationStyle, d.CommunicationStyle, "communicationStyle", errors),
            Weight(draft.Channel, d.Channel, "channel", errors),
            Weight(draft.Availability, d.Availability, "availability", errors),
            Weight(draft.Background, d.Background, "background", errors));
        if (weights.Total <= 0)
        {
            errors.Add("matching.weights", "at least one weight must be above zero");
        }

        return weights;
    }

    private static double Weight(double? value, double fallback, string name, FieldErrorCollector errors)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!double.IsFinite(value.Value) || value < 0 || value > MatchingWeights.MaxWeight)
        {
            errors.Add("matching.weights." + name, $"must be a number from 0 to {MatchingWeights.MaxWeight}");
            return 0;
        }

        return value.Value;
    }

    private static int ValidateCapacity(int? capacity, ProgrammeType type, FieldErrorCollector errors)
    {
        const string field = "defaultMentorCapacity";
        if (type == ProgrammeType.Group)
        {
            if (capacity is < 2 or > MaxCapacity)
            {
                errors.Add(field, $"is the group size in a group programme and must be from 2 to {MaxCapacity}");
            }

            return capacity ?? DefaultGroupSize;
        }

        return InRange(capacity, DefaultCapacity, 1, MaxCapacity, field, errors);
    }

    private static ProgrammeDeadlines? ValidateDeadlines(DeadlinesDraft draft, FieldErrorCollector errors)
    {
        var response = ParsePositive(draft.MatchResponse, DefaultMatchResponse, "deadlines.matchResponse", errors);
        var agreement = ParsePositive(draft.Agreement, DefaultAgreement, "deadlines.agreement", errors);
        var checkIn = ParsePositive(draft.CheckIn, DefaultCheckIn, "deadlines.checkIn", errors);
        if (response is null || agreement is null || checkIn is null)
        {
            return null;
        }

        var shortest = new[] { response.Value, agreement.Value, checkIn.Value }.MinBy(d => d.AddTo(ComparisonReference));
        var offsets = new List<IsoDuration>();
        if (draft.ReminderOffsets is null)
        {
            if (shortest.IsLongerThan(DefaultReminderOffset, ComparisonReference))
            {
                offsets.Add(DefaultReminderOffset);
            }
        }
        else
        {
            if (draft.ReminderOffsets.Count > MaxReminderOffsets)
            {
                errors.Add("deadlines.reminderOffsets", $"must have at most {MaxReminderOffsets} entries");
            }

            for (var i = 0; i < draft.ReminderOffsets.Count; i++)
            {
                var field = $"deadlines.reminderOffsets[{i}]";
                var offset = ParsePositive(draft.ReminderOffsets[i] ?? "", IsoDuration.FromDays(1), field, errors);
                if (offset is not { } o)
                {
                    continue;
                }

                // A reminder as early as the deadline's own length would be due the moment the clock starts.
                if (!shortest.IsLongerThan(o, ComparisonReference))
                {
                    errors.Add(field, $"must be shorter than the shortest deadline ({shortest})");
                }
                else if (offsets.Contains(o))
                {
                    errors.Add(field, "repeats an earlier reminder offset");
                }
                else
                {
                    offsets.Add(o);
                }
            }
        }

        offsets.Sort((a, b) => b.AddTo(ComparisonReference).CompareTo(a.AddTo(ComparisonReference)));
        return new ProgrammeDeadlines(response.Value, agreement.Value, checkIn.Value, offsets);
    }

    private static EnrolmentWindow? ValidateWindow(EnrolmentWindowDraft? draft, FieldErrorCollector errors)
    {
        if (draft is null)
        {
            return EnrolmentWindow.Always;
        }

        var opens = draft.Opens is null ? null : errors.TakeValueOrNull(InstantText.Parse(draft.Opens, "enrolmentWindow.opens"));
        var closes = draft.Closes is null ? null : errors.TakeValueOrNull(InstantText.Parse(draft.Closes, "enrolmentWindow.closes"));
        if (opens is not null && closes is not null && closes <= opens)
        {
            errors.Add("enrolmentWindow.closes", "must be after enrolmentWindow.opens");
        }

        return new EnrolmentWindow(opens, closes);
    }

    private static RiskThresholds ValidateRisk(RiskThresholdsDraft? draft, FieldErrorCollector errors)
    {
        var d = RiskThresholds.Default;
        if (draft is null)
        {
            return d;
        }

        return new RiskThresholds(
            InRange(draft.MissedCheckInsInARow, d.MissedCheckInsInARow, 1, MaxRiskCount, "risk.missedCheckInsInARow", errors),
            // Satisfaction is 1..5; a threshold of 5 would put every mentorship at risk.
            InRange(draft.LowSatisfactionAtOrBelow, d.LowSatisfactionAtOrBelow, 1, 4, "risk.lowSatisfactionAtOrBelow", errors),
            InRange(draft.StalledCyclesInARow, d.StalledCyclesInARow, 1, MaxRiskCount, "risk.stalledCyclesInARow", errors));
    }

    private static int InRange(int? value, int fallback, int min, int max, string field, FieldErrorCollector errors)
    {
        if (value is null)
        {
            return fallback;
        }

        if (value < min || value > max)
        {
            errors.Add(field, $"must be from {min} to {max}");
            return fallback;
        }

        return value.Value;
    }
}
