using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Tests.Builders;

namespace MentorFlow.Domain.Tests.Matching;

public class ConstraintTests
{
    private static readonly DateOnly Week = new(2026, 3, 2);

    [Fact]
    public void A_compatible_pair_is_feasible_with_its_match()
    {
        var programme = new ProgrammeBuilder().Build();
        var assessment = Assess(programme, new MenteeBuilder(), new MentorBuilder());

        Assert.True(assessment.IsFeasible);
        Assert.NotNull(assessment.Match);
    }

    [Fact]
    public void A_person_cannot_mentor_themselves()
    {
        var assessment = Assess(new ProgrammeBuilder().Build(), new MenteeBuilder().WithEmail("sam@example.org"), new MentorBuilder().WithEmail("SAM@example.org"));

        Assert.Equal(ConstraintKind.SamePerson, Assert.Single(assessment.Refusals).Constraint);
        Assert.Null(assessment.Match);
    }

    [Fact]
    public void The_mentees_manager_is_never_their_mentor()
    {
        var assessment = Assess(new ProgrammeBuilder().Build(), new MenteeBuilder().WithManager("max.mentor@example.org"), new MentorBuilder());

        Assert.Equal(new Refusal(ConstraintKind.ReportingLine, "the mentor is the mentee's manager, a conflict of interest"), Assert.Single(assessment.Refusals));
    }

    [Fact]
    public void The_mentees_managers_manager_is_refused_when_the_manager_enrolled_too()
    {
        var programme = new ProgrammeBuilder().Build();
        var mentee = new MenteeBuilder().WithManager("lee.lead@example.org").Build(programme);
        var lead = new MentorBuilder("Lee Lead").WithManager("max.mentor@example.org").Build(programme);
        var director = new MentorBuilder().Build(programme);
        var index = MatchingIndex.Build(programme, [mentee], [lead, director], Week);

        Assert.Equal(
            "the mentor is the mentee's manager's manager, a conflict of interest",
            Assert.Single(index.Assess(mentee.Id, director.Id).Refusals).Reason);
        Assert.Equal(ConstraintKind.ReportingLine, Assert.Single(index.Assess(mentee.Id, lead.Id).Refusals).Constraint);
    }

    [Fact]
    public void A_chain_of_enrolled_managers_is_followed_further_up()
    {
        var programme = new ProgrammeBuilder().Build();
        var mentee = new MenteeBuilder().WithManager("a@example.org").Build(programme);
        var a = new MenteeBuilder("A").WithEmail("a@example.org").WithManager("b@example.org").Build(programme);
        var b = new MenteeBuilder("B").WithEmail("b@example.org").WithManager("max.mentor@example.org").Build(programme);
        var mentor = new MentorBuilder().Build(programme);
        var index = MatchingIndex.Build(programme, [mentee, a, b], [mentor], Week);

        Assert.Equal(
            "the mentor is 3 levels above the mentee in the reporting line, a conflict of interest",
            Assert.Single(index.Assess(mentee.Id, mentor.Id).Refusals).Reason);
    }

    [Fact]
    public void One_mentees_index_assesses_and_suggests_as_the_whole_programmes_index_does()
    {
        var programme = new ProgrammeBuilder().Build();
        var mentee = new MenteeBuilder().WithManager("a@example.org").Build(programme);
        var a = new MenteeBuilder("A").WithEmail("a@example.org").WithManager("b@example.org").Build(programme);
        var b = new MenteeBuilder("B").WithEmail("b@example.org").WithManager("max.mentor@example.org").Build(programme);
        var manager = new MentorBuilder().Build(programme);
        var other = new MentorBuilder("Oli Other").WithEmail("oli.other@example.org").Build(programme);
        var ledger = new CapacityLedger();
        ledger.Join(manager.Id, manager.Capacity);
        ledger.Join(other.Id, other.Capacity);
        var whole = MatchingIndex.Build(programme, [mentee, a, b], [manager, other], Week);
        var line = new ReportingLine(new[] { mentee, a, b }.Select(m => (m.Profile.Email, m.Profile.ManagerEmail)).Concat([(manager.Profile.Email, manager.Profile.ManagerEmail), (other.Profile.Email, other.Profile.ManagerEmail)]));

        var one = MatchingIndex.ForMentee(programme, mentee, [other, manager], line, Week);

        Assert.Equal(whole.Assess(mentee.Id, manager.Id).Refusals, one.Assess(mentee.Id, manager.Id).Refusals);
        Assert.Equal(ConstraintKind.ReportingLine, Assert.Single(one.Assess(mentee.Id, manager.Id).Refusals).Constraint);
        Assert.Equal(Described(whole.Suggest(mentee.Id, ledger)), Described(one.Suggest(mentee.Id, ledger)));
        Assert.Equal([other.Id], one.Suggest(mentee.Id, ledger).Select(s => s.Mentor));
        Assert.False(one.ContainsMentee(a.Id));
    }

    private static IEnumerable<string> Described(IEnumerable<CandidateMatch> suggestions)
        => suggestions.Select(s => $"{s.Mentor} {s.Score:R} {s.WeeklyOverlap} {string.Join(",", s.Components.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value:R}"))} {string.Join(";", s.Reasons)}");

    [Fact]
    public void A_mentor_who_reports_to_the_mentee_is_refused()
    {
        var assessment = Assess(new ProgrammeBuilder().Build(), new MenteeBuilder(), new MentorBuilder().WithManager("mina.mentee@example.org"));

        Assert.Equal("the mentee is the mentor's manager, a conflict of interest", Assert.Single(assessment.Refusals).Reason);
    }

    [Fact]
    public void Colleagues_who_share_a_manager_may_be_matched()
    {
        var assessment = Assess(new ProgrammeBuilder().Build(), new MenteeBuilder().WithManager("boss@example.org"), new MentorBuilder().WithManager("boss@example.org"));

        Assert.True(assessment.IsFeasible);
    }

    [Fact]
    public void A_pair_without_a_shared_language_is_refused_naming_both_languages()
    {
        var assessment = Assess(new ProgrammeBuilder().Build(), new MenteeBuilder().Speaking("de", "fr"), new MentorBuilder().Speaking("en"));

        Assert.Equal(new Refusal(ConstraintKind.Language, "no shared language (mentee: de, fr; mentor: en)"), Assert.Single(assessment.Refusals));
    }

    [Fact]
    public void Regional_variants_of_a_language_are_one_language()
    {
        Assert.True(Assess(new ProgrammeBuilder().Build(), new MenteeBuilder().Speaking("pt-BR"), new MentorBuilder().Speaking("PT-pt")).IsFeasible);
    }

    [Fact]
    public void Too_little_weekly_overlap_is_refused_with_the_minutes_and_the_week()
    {
        var assessment = Assess(
            new ProgrammeBuilder().WithMinimumOverlap("PT1H").Build(),
            new MenteeBuilder().AvailableOn("monday 09:00-09:30"),
            new MentorBuilder().AvailableOn("monday 09:00-12:00"));

        Assert.Equal(
            new Refusal(ConstraintKind.Availability, "only 30 min of weekly overlap in the week of 2026-03-02; the programme needs 1 h"),
            Assert.Single(assessment.Refusals));
    }

    [Theory]
    [InlineData("2026-03-02", 0)]
    [InlineData("2026-03-09", 60)]
    [InlineData("2026-03-30", 0)]
    public void Overlap_across_zones_follows_daylight_saving_on_real_dates(string week, int expectedMinutes)
    {
        // The United States moves its clocks on 8 March 2026, the United Kingdom on 29 March: for three weeks a
        // 09:00 London slot and a 05:00 New York slot are the same hour.
        var programme = new ProgrammeBuilder().WithMinimumOverlap("PT1H").Build();
        var mentee = new MenteeBuilder().InZone("Europe/London").AvailableOn("monday 09:00-10:00").Build(programme);
        var mentor = new MentorBuilder().InZone("America/New_York").AvailableOn("monday 05:00-06:00").Build(programme);

        var assessment = MatchingIndex.Build(programme, [mentee], [mentor], DateOnly.Parse(week, System.Globalization.CultureInfo.InvariantCulture)).Assess(mentee.Id, mentor.Id);

        Assert.Equal(expectedMinutes > 0, assessment.IsFeasible);
        if (assessment.Match is { } match)
        {
            Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), match.WeeklyOverlap);
        }
        else
        {
            Assert.Equal(ConstraintKind.Availability, Assert.Single(assessment.Refusals).Constraint);
        }
    }

    [Fact]
    public void Overlap_is_found_across_the_date_line_and_the_week_boundary()
    {
        // Monday 08:00 in Auckland (UTC+13 in March) is Sunday 19:00 UTC; Sunday 19:00 UTC is 15:00 in Sao Paulo.
        var programme = new ProgrammeBuilder().WithMinimumOverlap("PT1H").Build();
        var mentee = new MenteeBuilder().InZone("Pacific/Auckland").AvailableOn("monday 08:00-09:00").Build(programme);
        var mentor = new MentorBuilder().InZone("America/Sao_Paulo").AvailableOn("sunday 15:00-17:00").Build(programme);

        var match = MatchingIndex.Build(programme, [mentee], [mentor], Week).Assess(mentee.Id, mentor.Id).Match;

        Assert.Equal(TimeSpan.FromHours(1), match?.WeeklyOverlap);
    }

    [Fact]
    public void Peer_mentoring_refuses_seniority_outside_the_band()
    {
        var programme = new ProgrammeBuilder().WithType("peer").WithPeerBand(1).Build();

        Assert.True(Assess(programme, new MenteeBuilder().AtLevel(4), new MentorBuilder().AtLevel(5)).IsFeasible);
        Assert.Equal(
            new Refusal(ConstraintKind.PeerSeniority, "peer mentoring needs seniority levels at most 1 apart; these are 3 apart"),
            Assert.Single(Assess(programme, new MenteeBuilder().AtLevel(4), new MentorBuilder().AtLevel(7)).Refusals));
    }

    [Fact]
    public void Reverse_mentoring_needs_a_less_senior_mentor_who_offers_a_wanted_skill()
    {
        var programme = new ProgrammeBuilder().WithType("reverse").Build();
        var director = new MenteeBuilder().AtLevel(8, 20).Wanting("generative ai");

        Assert.True(Assess(programme, director, new MentorBuilder().AtLevel(2).Offering(("Generative AI", "expert"))).IsFeasible);
        Assert.Equal(
            [ConstraintKind.ReverseSeniority],
            Assess(programme, director, new MentorBuilder().AtLevel(8, 20).Offering(("generative ai", "expert"))).Refusals.Select(r => r.Constraint));
        Assert.Equal(
            [ConstraintKind.ReverseSkill],
            Assess(programme, director, new MentorBuilder().AtLevel(2).Offering(("sql", "expert"))).Refusals.Select(r => r.Constraint));
        Assert.True(Assess(programme, director, new MentorBuilder().AtLevel(8, 12).Offering(("generative ai", "advanced"))).IsFeasible);
    }

    [Fact]
    public void A_full_or_paused_mentor_is_refused_for_capacity()
    {
        var programme = new ProgrammeBuilder().Build();
        var mentee = new MenteeBuilder().Build(programme);
        var other = new MenteeBuilder("Olu Other").Build(programme);
        var mentor = new MentorBuilder().WithCapacity(1).Build(programme);
        var index = MatchingIndex.Build(programme, [mentee, other], [mentor], Week);
        var ledger = new CapacityLedger();
        ledger.Join(mentor.Id, mentor.Capacity);

        Assert.True(index.Assess(mentee.Id, mentor.Id, ledger).IsFeasible);
        ledger.Propose(other.Id, mentor.Id);
        Assert.Equal(
            new Refusal(ConstraintKind.Capacity, "the mentor has no capacity left (1 of 1 taken)"),
            Assert.Single(index.Assess(mentee.Id, mentor.Id, ledger).Refusals));
        ledger.EndProposal(other.Id);
        ledger.Pause(mentor.Id);
        Assert.Equal("the mentor is paused", Assert.Single(index.Assess(mentee.Id, mentor.Id, ledger).Refusals).Reason);
    }

    [Fact]
    public void Every_broken_constraint_is_listed_at_once()
    {
        var programme = new ProgrammeBuilder().WithType("peer").Build();

        var assessment = Assess(
            programme,
            new MenteeBuilder().WithManager("max.mentor@example.org").Speaking("fr").AtLevel(1).AvailableOn("sunday 20:00-21:00"),
            new MentorBuilder().AtLevel(9));

        Assert.Equal(
            [ConstraintKind.ReportingLine, ConstraintKind.Language, ConstraintKind.PeerSeniority, ConstraintKind.Availability],
            assessment.Refusals.Select(r => r.Constraint));
    }

    private static PairAssessment Assess(Programme programme, MenteeBuilder mentee, MentorBuilder mentor)
    {
        var menteeEnrolment = mentee.Build(programme);
        var mentorEnrolment = mentor.Build(programme);
        return MatchingIndex.Build(programme, [menteeEnrolment], [mentorEnrolment], Week).Assess(menteeEnrolment.Id, mentorEnrolment.Id);
    }
}
