using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Tests.Builders;

namespace MentorFlow.Domain.Tests.Matching;

public class ScoringTests
{
    private static readonly DateOnly Week = new(2026, 3, 2);
    private static readonly Programme Formal = new ProgrammeBuilder().Build();

    [Fact]
    public void Goals_count_as_met_by_tag_or_by_a_phrase_in_their_text()
    {
        var mentee = new MenteeBuilder().WithGoals(("Become a team lead", ["Leadership"]), ("Get better at public-speaking.", []));

        Assert.Equal(1.0, Component(mentee, new MentorBuilder().WithExpertise("leadership", "Public Speaking"), ScoreComponent.Goals));
        Assert.Equal(0.5, Component(mentee, new MentorBuilder().WithExpertise("leadership").Offering(), ScoreComponent.Goals));
        Assert.Equal(0.5, Component(mentee, new MentorBuilder().WithExpertise("finance").Offering(("public speaking", "advanced")), ScoreComponent.Goals));
    }

    [Fact]
    public void Skills_weigh_each_wanted_skill_by_the_mentors_level()
    {
        var mentee = new MenteeBuilder().Wanting("negotiation", "SQL", "python", "design");
        var mentor = new MentorBuilder().Offering(("negotiation", "expert"), ("sql", "advanced"), ("Python", "intermediate"), ("go", "expert"));

        Assert.Equal((1 + 0.8 + 0.6) / 4, Component(mentee, mentor, ScoreComponent.Skills), 10);
        Assert.Equal(0.5, Component(new MenteeBuilder().Wanting(), mentor, ScoreComponent.Skills));
    }

    [Theory]
    [InlineData("software", "software", false, 1.0)]
    [InlineData("software", "banking", true, 0.0)]
    [InlineData("software", "banking", false, 0.5)]
    [InlineData(null, "banking", true, 0.5)]
    public void Industry_rewards_the_same_industry_and_penalises_a_missed_wish(string? menteeIndustry, string mentorIndustry, bool wished, double expected)
    {
        var mentee = new MenteeBuilder().InIndustry(menteeIndustry).Wishing(industryExperience: wished);

        Assert.Equal(expected, Component(mentee, new MentorBuilder().InIndustry(mentorIndustry), ScoreComponent.Industry));
    }

    [Theory]
    [InlineData(3, 3, 0.0)]
    [InlineData(3, 4, 0.7)]
    [InlineData(3, 5, 1.0)]
    [InlineData(3, 6, 1.0)]
    [InlineData(3, 7, 0.8)]
    [InlineData(3, 9, 0.6)]
    public void Formal_mentoring_prefers_a_mentor_two_or_three_levels_up(int menteeLevel, int mentorLevel, double expected)
    {
        Assert.Equal(expected, Component(new MenteeBuilder().AtLevel(menteeLevel), new MentorBuilder().AtLevel(mentorLevel), ScoreComponent.Seniority));
    }

    [Theory]
    [InlineData(4, 4, 1.0)]
    [InlineData(4, 5, 2.0 / 3)]
    [InlineData(4, 2, 1.0 / 3)]
    public void Peer_mentoring_prefers_near_equals(int menteeLevel, int mentorLevel, double expected)
    {
        var peer = new ProgrammeBuilder().WithType("peer").WithPeerBand(2).Build();

        Assert.Equal(expected, Component(new MenteeBuilder().AtLevel(menteeLevel), new MentorBuilder().AtLevel(mentorLevel), ScoreComponent.Seniority, peer), 10);
    }

    [Fact]
    public void Reverse_mentoring_fits_a_junior_who_teaches_the_named_skills_well()
    {
        var reverse = new ProgrammeBuilder().WithType("reverse").Build();
        var mentee = new MenteeBuilder().AtLevel(8).Wanting("generative ai", "tiktok");

        Assert.Equal(1.0, Component(mentee, new MentorBuilder().AtLevel(2).Offering(("generative ai", "expert"), ("TikTok", "advanced")), ScoreComponent.Seniority, reverse));
        Assert.Equal(0.5, Component(mentee, new MentorBuilder().AtLevel(2).Offering(("generative ai", "expert"), ("tiktok", "intermediate")), ScoreComponent.Seniority, reverse));
    }

    [Theory]
    [InlineData("coaching", "coaching", 1.0)]
    [InlineData("direct", "coaching", 0.0)]
    [InlineData(null, "coaching", 0.5)]
    [InlineData("direct", null, 0.5)]
    public void Communication_style_matches_the_wish(string? wished, string? mentorStyle, double expected)
    {
        Assert.Equal(expected, Component(new MenteeBuilder().Wishing(style: wished), new MentorBuilder().WithStyle(mentorStyle), ScoreComponent.CommunicationStyle));
    }

    [Fact]
    public void Channel_is_the_share_of_the_mentees_channels_the_mentor_also_uses()
    {
        var mentee = new MenteeBuilder().Preferring("video", "chat");

        Assert.Equal(0.5, Component(mentee, new MentorBuilder().Preferring("video", "phone"), ScoreComponent.Channel));
        Assert.Equal(1.0, Component(mentee, new MentorBuilder().Preferring("chat", "video"), ScoreComponent.Channel));
        Assert.Equal(0.0, Component(mentee, new MentorBuilder().Preferring("inPerson"), ScoreComponent.Channel));
    }

    [Fact]
    public void Availability_grows_with_overlap_until_four_hours_a_week()
    {
        var mentee = new MenteeBuilder().AvailableOn("monday 09:00-17:00");

        Assert.Equal(0.25, Component(mentee, new MentorBuilder().AvailableOn("monday 09:00-10:00"), ScoreComponent.Availability));
        Assert.Equal(1.0, Component(mentee, new MentorBuilder().AvailableOn("monday 09:00-15:00"), ScoreComponent.Availability));
    }

    [Fact]
    public void Background_follows_the_wish_for_similar_or_different()
    {
        var mentor = new MentorBuilder().WithBackground("career changer", "parent");

        Assert.Equal(1.0 / 3, Component(new MenteeBuilder().WithBackground("Career-Changer", "first-generation graduate").Wishing(background: "similar"), mentor, ScoreComponent.Background), 10);
        Assert.Equal(2.0 / 3, Component(new MenteeBuilder().WithBackground("career changer", "first-generation graduate").Wishing(background: "different"), mentor, ScoreComponent.Background), 10);
        Assert.Equal(0.5, Component(new MenteeBuilder().WithBackground("career changer").Wishing(background: "noPreference"), mentor, ScoreComponent.Background));
        Assert.Equal(0.5, Component(new MenteeBuilder().Wishing(background: "similar"), mentor, ScoreComponent.Background));
    }

    [Fact]
    public void The_score_is_the_programmes_weighted_mean_of_the_components()
    {
        var onlyGoals = new ProgrammeBuilder().WithWeights(new() { Goals = 1, Skills = 0, Industry = 0, Seniority = 0, CommunicationStyle = 0, Channel = 0, Availability = 0, Background = 0 }).Build();
        var goalsAndChannel = new ProgrammeBuilder().WithWeights(new() { Goals = 3, Skills = 0, Industry = 0, Seniority = 0, CommunicationStyle = 0, Channel = 1, Availability = 0, Background = 0 }).Build();
        var mentee = new MenteeBuilder().WithGoals(("lead", ["leadership"]), ("speak", ["public speaking"])).Preferring("video", "chat");
        var mentor = new MentorBuilder().WithExpertise("leadership").Preferring("phone");

        Assert.Equal(0.5, Match(mentee, mentor, onlyGoals).Score, 10);
        Assert.Equal(((3 * 0.5) + (1 * 0)) / 4, Match(mentee, mentor, goalsAndChannel).Score, 10);
    }

    [Fact]
    public void A_match_carries_every_component_and_readable_reasons_strongest_first()
    {
        var mentee = new MenteeBuilder()
            .WithGoals(("Lead my first team", ["leadership"]))
            .Wanting("negotiation")
            .Preferring("video")
            .AtLevel(3)
            .Wishing(style: "coaching", background: "similar")
            .WithBackground("career changer");
        var mentor = new MentorBuilder().AtLevel(5).WithBackground("Career Changer");

        var match = Match(mentee, mentor, Formal);

        Assert.Equal(Enum.GetValues<ScoreComponent>(), match.Components.Keys.Order());
        Assert.All(match.Components.Values, v => Assert.InRange(v, 0, 1));
        Assert.Equal(
            [
                "mentor's expertise in leadership meets the mentee's goals",
                "mentor offers negotiation (expert)",
                "mentor is 2 levels more senior",
                "both work in software",
                "mentor's communication style is coaching, as wished",
                "both prefer video calls",
                "6 h of weekly overlap",
                "similar background, as wished: career changer",
            ],
            match.Reasons);
        Assert.Equal(1.0, match.Score, 10);
    }

    private static double Component(MenteeBuilder mentee, MentorBuilder mentor, ScoreComponent component, Programme? programme = null) =>
        Match(mentee, mentor, programme ?? Formal).Components[component];

    private static CandidateMatch Match(MenteeBuilder mentee, MentorBuilder mentor, Programme programme)
    {
        var m = mentee.Build(programme);
        var n = mentor.Build(programme);
        var assessment = MatchingIndex.Build(programme, [m], [n], Week).Assess(m.Id, n.Id);
        return assessment.Match ?? throw new InvalidOperationException(string.Join("; ", assessment.Refusals));
    }
}
