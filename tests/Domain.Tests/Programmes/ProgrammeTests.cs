using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Reviews;
using MentorFlow.Domain.Tests.Builders;
using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Tests.Programmes;

public class ProgrammeTests
{
    [Fact]
    public void A_draft_with_only_id_and_name_gets_the_documented_defaults()
    {
        var programme = new ProgrammeBuilder().Build();

        Assert.Equal("spring-2026", programme.Id.Value);
        Assert.Equal(ProgrammeType.FormalOneToOne, programme.Type);
        Assert.Equal(IsoDuration.FromMonths(6), programme.Term);
        Assert.Equal(IsoDuration.FromMonths(1), programme.ReviewCadence);
        Assert.Equal(MatchingMode.Automatic, programme.Matching.Mode);
        Assert.Equal(3, programme.Matching.TopK);
        Assert.Equal(MatchingWeights.Default, programme.Matching.Weights);
        Assert.Equal(3, programme.Matching.MaxRematchAttempts);
        Assert.Equal(TimeSpan.FromHours(1), programme.Matching.MinimumWeeklyOverlap);
        Assert.Equal(1, programme.Matching.PeerSeniorityBand);
        Assert.Equal(2, programme.DefaultMentorCapacity);
        Assert.Equal(IsoDuration.FromDays(7), programme.Deadlines.MatchResponse);
        Assert.Equal(IsoDuration.FromDays(14), programme.Deadlines.Agreement);
        Assert.Equal(IsoDuration.FromDays(7), programme.Deadlines.CheckIn);
        Assert.Equal([IsoDuration.FromDays(1)], programme.Deadlines.ReminderOffsets);
        Assert.Equal(EnrolmentWindow.Always, programme.EnrolmentWindow);
        Assert.Equal(RiskThresholds.Default, programme.Risk);
    }

    [Fact]
    public void A_group_programme_defaults_the_capacity_to_a_group_of_five()
    {
        Assert.Equal(5, new ProgrammeBuilder().WithType("group").Build().DefaultMentorCapacity);
    }

    [Fact]
    public void A_full_draft_is_read_field_by_field()
    {
        var programme = Programme.Create(new ProgrammeDraft
        {
            Id = "demo",
            Name = "Demo",
            Type = "reverse",
            Term = "PT30M",
            ReviewCadence = "PT5M",
            Matching = new MatchingDraft
            {
                Mode = "MenteeChoice",
                TopK = 5,
                Weights = new MatchingWeightsDraft { Goals = 0, Skills = 10 },
                MaxRematchAttempts = 0,
                MinimumWeeklyOverlap = "PT90M",
                PeerSeniorityBand = 2,
            },
            DefaultMentorCapacity = 1,
            Deadlines = new DeadlinesDraft { MatchResponse = "PT3M", Agreement = "PT4M", CheckIn = "PT2M", ReminderOffsets = ["PT30S", "PT1M"] },
            EnrolmentWindow = new EnrolmentWindowDraft { Opens = "2026-03-01T09:00:00Z", Closes = "2026-03-08T09:00:00+01:00" },
            Risk = new RiskThresholdsDraft { MissedCheckInsInARow = 3, LowSatisfactionAtOrBelow = 1, StalledCyclesInARow = 4 },
        }).Value;

        Assert.Equal(ProgrammeType.Reverse, programme.Type);
        Assert.Equal("PT30M", programme.Term.ToString());
        Assert.Equal(MatchingMode.MenteeChoice, programme.Matching.Mode);
        Assert.Equal(5, programme.Matching.TopK);
        Assert.Equal(0, programme.Matching.Weights.Goals);
        Assert.Equal(10, programme.Matching.Weights.Skills);
        Assert.Equal(MatchingWeights.Default.Industry, programme.Matching.Weights.Industry);
        Assert.Equal(TimeSpan.FromMinutes(90), programme.Matching.MinimumWeeklyOverlap);
        Assert.Equal(["PT1M", "PT30S"], programme.Deadlines.ReminderOffsets.Select(o => o.ToString()));
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 8, 0, 0, TimeSpan.Zero), programme.EnrolmentWindow.Closes);
        Assert.Equal(new RiskThresholds(3, 1, 4), programme.Risk);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once_with_its_path()
    {
        var result = Programme.Create(new ProgrammeDraft
        {
            Id = "Spring 2026",
            Name = new string('n', Programme.MaxNameLength + 1),
            Type = "mentoring",
            Term = "six months",
            ReviewCadence = "P0D",
            Matching = new MatchingDraft
            {
                Mode = "random",
                TopK = 0,
                Weights = new MatchingWeightsDraft { Skills = -1, Industry = double.NaN, Background = 101 },
                MaxRematchAttempts = 11,
                MinimumWeeklyOverlap = "P1M",
                PeerSeniorityBand = -1,
            },
            DefaultMentorCapacity = 0,
            Deadlines = new DeadlinesDraft { MatchResponse = "P7X", Agreement = "-P1D", CheckIn = "PT0S", ReminderOffsets = ["P1D"] },
            EnrolmentWindow = new EnrolmentWindowDraft { Opens = "2026-03-01", Closes = "tomorrow" },
            Risk = new RiskThresholdsDraft { MissedCheckInsInARow = 0, LowSatisfactionAtOrBelow = 5, StalledCyclesInARow = 11 },
        });

        Assert.Equal(
            [
                "id", "name", "type", "term", "reviewCadence", "matching.mode", "matching.topK", "matching.weights.skills",
                "matching.weights.industry", "matching.weights.background", "matching.maxRematchAttempts", "matching.peerSeniorityBand",
                "matching.minimumWeeklyOverlap", "defaultMentorCapacity", "deadlines.matchResponse", "deadlines.agreement", "deadlines.checkIn",
                "enrolmentWindow.opens", "enrolmentWindow.closes", "risk.missedCheckInsInARow", "risk.lowSatisfactionAtOrBelow", "risk.stalledCyclesInARow",
            ],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_cadence_longer_than_the_term_is_refused()
    {
        var result = Programme.Create(new ProgrammeBuilder().With(d => d with { Term = "PT30M", ReviewCadence = "PT1H" }).Draft());

        Assert.Equal(new("reviewCadence", "must not be longer than the term (PT30M)"), Assert.Single(result.Errors));
    }

    [Fact]
    public void All_weights_at_zero_are_refused_on_the_weights_object()
    {
        var zero = new MatchingWeightsDraft { Goals = 0, Skills = 0, Industry = 0, Seniority = 0, CommunicationStyle = 0, Channel = 0, Availability = 0, Background = 0 };

        var result = Programme.Create(new ProgrammeBuilder().WithWeights(zero).Draft());

        Assert.Equal("matching.weights", Assert.Single(result.Errors).Field);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(51)]
    public void A_group_needs_between_two_and_fifty_members(int size)
    {
        var result = Programme.Create(new ProgrammeBuilder().WithType("group").WithCapacity(size).Draft());

        Assert.Equal("defaultMentorCapacity", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Reminder_offsets_must_be_shorter_than_every_deadline_and_distinct()
    {
        var result = Programme.Create(new ProgrammeBuilder().With(d => d with
        {
            Deadlines = new DeadlinesDraft { CheckIn = "P2D", ReminderOffsets = ["P1D", "PT24H", "P2D", "P1D", null, "P6Y"] },
        }).Draft());

        Assert.Equal(
            [
                ("deadlines.reminderOffsets", "must have at most 5 entries"),
                ("deadlines.reminderOffsets[2]", "must be shorter than the shortest deadline (P2D)"),
                ("deadlines.reminderOffsets[3]", "repeats an earlier reminder offset"),
                ("deadlines.reminderOffsets[4]", "is required"),
                ("deadlines.reminderOffsets[5]", "must be shorter than the shortest deadline (P2D)"),
            ],
            result.Errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Short_deadlines_without_offsets_get_no_default_reminder()
    {
        var programme = Programme.Create(new ProgrammeBuilder().With(d => d with
        {
            Term = "PT30M",
            ReviewCadence = "PT5M",
            Deadlines = new DeadlinesDraft { MatchResponse = "PT2M", Agreement = "PT3M", CheckIn = "PT2M" },
        }).Draft()).Value;

        Assert.Empty(programme.Deadlines.ReminderOffsets);
    }

    [Fact]
    public void The_enrolment_window_must_close_after_it_opens_and_is_open_between()
    {
        var refused = Programme.Create(new ProgrammeBuilder().With(d => d with
        {
            EnrolmentWindow = new EnrolmentWindowDraft { Opens = "2026-03-08T00:00:00Z", Closes = "2026-03-01T00:00:00Z" },
        }).Draft());
        var window = new EnrolmentWindow(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new("enrolmentWindow.closes", "must be after enrolmentWindow.opens"), Assert.Single(refused.Errors));
        Assert.True(window.IsOpenAt(window.Opens!.Value));
        Assert.False(window.IsOpenAt(window.Closes!.Value));
        Assert.False(window.IsOpenAt(window.Opens.Value.AddTicks(-1)));
    }

    [Theory]
    [InlineData("PT2H")]
    [InlineData("P7D")]
    public void A_weekly_overlap_of_fixed_length_up_to_a_week_is_accepted(string overlap)
    {
        var programme = new ProgrammeBuilder().WithMinimumOverlap(overlap).Build();

        Assert.Equal(IsoDuration.Parse(overlap, "x").Value.FixedPart, programme.Matching.MinimumWeeklyOverlap);
    }

    [Theory]
    [InlineData("P8D", "must not exceed a week (P7D)")]
    [InlineData("P1M", "must not use years or months (a week has a fixed length), for example PT2H")]
    public void A_weekly_overlap_beyond_a_week_or_in_months_is_refused(string overlap, string message)
    {
        var result = Programme.Create(new ProgrammeBuilder().WithMinimumOverlap(overlap).Draft());

        Assert.Equal(new("matching.minimumWeeklyOverlap", message), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("spring-2026")]
    [InlineData("cohort-7")]
    public void Slugs_are_accepted_as_ids(string id)
    {
        Assert.Equal(id, new ProgrammeBuilder().WithId(id).Build().Id.Value);
    }

    [Theory]
    [InlineData("-spring")]
    [InlineData("spring-")]
    [InlineData("spring--2026")]
    [InlineData("Spring")]
    [InlineData("spring_2026")]
    [InlineData("")]
    public void Ids_that_are_not_slugs_are_refused(string id)
    {
        Assert.Equal("id", Assert.Single(Programme.Create(new ProgrammeBuilder().WithId(id).Draft()).Errors).Field);
    }
}
