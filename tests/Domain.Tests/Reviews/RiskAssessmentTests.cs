using MentorFlow.Domain.Reviews;

namespace MentorFlow.Domain.Tests.Reviews;

public class RiskAssessmentTests
{
    private static RiskAssessment Assess(CyclesBuilder cycles, RiskThresholds? thresholds = null) =>
        RiskAssessment.Assess(cycles.Build(), thresholds ?? RiskThresholds.Default);

    [Fact]
    public void Nothing_is_at_risk_before_any_cycle_closes()
    {
        var assessment = Assess(new CyclesBuilder());

        Assert.False(assessment.IsAtRisk);
        Assert.Null(assessment.LatestCycle);
        Assert.Null(assessment.SuggestedAction);
    }

    [Fact]
    public void Steady_progress_and_content_check_ins_are_not_at_risk()
    {
        var assessment = Assess(new CyclesBuilder().Healthy().Healthy().Healthy());

        Assert.False(assessment.IsAtRisk);
        Assert.Empty(assessment.Reasons);
        Assert.Equal(3, assessment.LatestCycle);
    }

    [Fact]
    public void Missed_check_ins_in_a_row_call_for_the_administrator()
    {
        var assessment = Assess(new CyclesBuilder().Healthy().Cycle(null, c => c).Cycle(null, c => c));

        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal(RiskRule.MissedCheckIns, reason.Rule);
        Assert.Equal("The mentee missed 2 check-ins in a row (cycles 2–3).", reason.Explanation);
        Assert.Equal(SuggestedAction.AdministratorCall, assessment.SuggestedAction);
    }

    [Fact]
    public void A_single_missed_check_in_is_not_a_risk()
    {
        Assert.False(Assess(new CyclesBuilder().Healthy().Healthy().Cycle(c => c, null)).IsAtRisk);
    }

    [Fact]
    public void Missed_check_ins_that_were_followed_by_one_do_not_count()
    {
        Assert.False(Assess(new CyclesBuilder().Cycle(c => c, null).Cycle(c => c, null).Healthy()).IsAtRisk);
    }

    [Fact]
    public void The_programmes_own_threshold_for_missed_check_ins_applies()
    {
        var cycles = new CyclesBuilder().Healthy().Cycle(c => c, null).Cycle(c => c, null);

        Assert.False(Assess(cycles, new RiskThresholds(3, 2, 2)).IsAtRisk);
        Assert.True(Assess(cycles, new RiskThresholds(2, 2, 2)).IsAtRisk);
    }

    [Fact]
    public void Low_satisfaction_once_calls_for_the_administrator()
    {
        var assessment = Assess(new CyclesBuilder().Healthy().Cycle(c => c.WithSatisfaction(2), c => c));

        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal(RiskRule.LowSatisfaction, reason.Rule);
        Assert.Equal("Low satisfaction in cycle 2: 2 of 5 from the mentee.", reason.Explanation);
        Assert.Equal(SuggestedAction.AdministratorCall, reason.Action);
    }

    [Fact]
    public void Low_satisfaction_with_misaligned_expectations_suggests_revisiting_goals()
    {
        var assessment = Assess(new CyclesBuilder().Cycle(c => c.WithSatisfaction(1).WithChallenges("misalignedExpectations"), c => c));

        Assert.Equal(SuggestedAction.RevisitGoals, Assert.Single(assessment.Reasons).Action);
    }

    [Fact]
    public void Low_satisfaction_two_cycles_running_suggests_a_rematch()
    {
        var assessment = Assess(new CyclesBuilder().Cycle(c => c, c => c.WithSatisfaction(2)).Cycle(c => c, c => c.WithSatisfaction(1)));

        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal("Low satisfaction in cycle 2: 1 of 5 from the mentor, low in the cycle before too.", reason.Explanation);
        Assert.Equal(SuggestedAction.Rematch, assessment.SuggestedAction);
    }

    [Fact]
    public void Satisfaction_above_the_threshold_is_not_low()
    {
        Assert.False(Assess(new CyclesBuilder().Cycle(c => c.WithSatisfaction(3), c => c.WithSatisfaction(3))).IsAtRisk);
    }

    [Fact]
    public void A_goal_that_does_not_move_for_two_cycles_suggests_revisiting_goals()
    {
        var assessment = Assess(new CyclesBuilder()
            .Cycle(c => c.WithProgress(20, 40), c => c.WithProgress(20, 40))
            .Cycle(c => c.WithProgress(40, 40), c => c.WithProgress(40, 40))
            .Cycle(c => c.WithProgress(60, 40), c => c.WithProgress(60, 35)));

        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal(RiskRule.StalledGoals, reason.Rule);
        Assert.Equal("Goal 2 has not moved for 2 cycles (at 40 %).", reason.Explanation);
        Assert.Equal(SuggestedAction.RevisitGoals, assessment.SuggestedAction);
    }

    [Fact]
    public void Progress_from_either_side_keeps_a_goal_moving()
    {
        var assessment = Assess(new CyclesBuilder()
            .Cycle(c => c.WithProgress(20, 20), c => c.WithProgress(20, 20))
            .Cycle(c => c.WithProgress(20, 20), c => c.WithProgress(30, 30))
            .Cycle(c => c.WithProgress(40, 40), c => c.WithProgress(30, 30)));

        Assert.False(assessment.IsAtRisk);
    }

    [Fact]
    public void A_goal_that_never_starts_is_stalled_from_the_first_cycles()
    {
        var assessment = Assess(new CyclesBuilder()
            .Cycle(c => c.WithProgress(0, 10), c => c.WithProgress(0, 10))
            .Cycle(c => c.WithProgress(0, 30), c => c.WithProgress(0, 30)));

        Assert.Equal("Goal 1 has not moved for 2 cycles (at 0 %).", Assert.Single(assessment.Reasons).Explanation);
    }

    [Fact]
    public void A_goal_revised_between_cycles_starts_afresh_instead_of_inheriting_the_old_goals_history()
    {
        // Goal 2 sat at 40 % under revision 1; at mid-term it was replaced by a new goal, first reported at 40 %.
        // By position it would look stalled for two cycles; as a new baseline it has just started moving.
        var assessment = Assess(new CyclesBuilder()
            .Cycle(c => c.WithProgress(20, 40), c => c.WithProgress(20, 40))
            .Cycle(c => c.WithProgress(40, 40), c => c.WithProgress(40, 40))
            .Cycle(c => c.WithProgress(60, 40), c => c.WithProgress(60, 40), goalsRevision: 2));

        Assert.False(assessment.IsAtRisk);
    }

    [Fact]
    public void A_revised_goal_that_then_stops_moving_is_stalled_counting_only_cycles_since_the_revision()
    {
        var assessment = Assess(new CyclesBuilder()
            .Cycle(c => c.WithProgress(20, 40), c => c.WithProgress(20, 40))
            .Cycle(c => c.WithProgress(40, 40), c => c.WithProgress(40, 40))
            .Cycle(c => c.WithProgress(60, 10), c => c.WithProgress(60, 10), goalsRevision: 2)
            .Cycle(c => c.WithProgress(80, 10), null, goalsRevision: 2)
            .Cycle(c => c.WithProgress(90, 10), c => c.WithProgress(90, 5), goalsRevision: 2));

        Assert.Equal("Goal 2 has not moved for 2 cycles (at 10 %).", Assert.Single(assessment.Reasons, r => r.Rule == RiskRule.StalledGoals).Explanation);
    }

    [Fact]
    public void Check_ins_on_a_different_number_of_goals_start_a_new_baseline_even_without_a_new_revision()
    {
        var assessment = Assess(new CyclesBuilder()
            .Cycle(c => c.WithProgress(30, 30), c => c.WithProgress(30, 30))
            .Cycle(c => c.WithProgress(30, 30), c => c.WithProgress(30, 30))
            .Cycle(c => c.ForGoals(3).WithProgress(30, 30, 30), c => c.ForGoals(3).WithProgress(30, 30, 30)));

        Assert.False(assessment.IsAtRisk);
    }

    [Fact]
    public void A_goal_already_met_is_never_stalled()
    {
        var assessment = Assess(new CyclesBuilder()
            .Cycle(c => c.WithProgress(100, 20), c => c.WithProgress(100, 20))
            .Cycle(c => c.WithProgress(100, 40), c => c.WithProgress(100, 40))
            .Cycle(c => c.WithProgress(100, 60), c => c.WithProgress(100, 60)));

        Assert.False(assessment.IsAtRisk);
    }

    [Fact]
    public void Burnout_suggests_taking_a_break()
    {
        var assessment = Assess(new CyclesBuilder().Healthy().Cycle(c => c, c => c.WithChallenges("burnout")));

        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal(RiskRule.Burnout, reason.Rule);
        Assert.Equal("Burnout reported by the mentor in cycle 2.", reason.Explanation);
        Assert.Equal(SuggestedAction.TakeABreak, assessment.SuggestedAction);
    }

    [Fact]
    public void Burnout_reported_in_an_earlier_cycle_only_is_no_longer_a_risk()
    {
        Assert.False(Assess(new CyclesBuilder().Cycle(c => c.WithChallenges("burnout"), c => c).Healthy()).IsAtRisk);
    }

    [Fact]
    public void Several_reasons_are_all_given_and_the_most_drastic_action_is_suggested()
    {
        var assessment = Assess(new CyclesBuilder()
            .Cycle(c => c.WithProgress(0, 0), c => c.WithProgress(0, 0).WithSatisfaction(2))
            .Cycle(c => c.WithProgress(0, 0).WithChallenges("burnout"), c => c.WithProgress(0, 0).WithSatisfaction(2)));

        Assert.Equal(
            [RiskRule.LowSatisfaction, RiskRule.StalledGoals, RiskRule.StalledGoals, RiskRule.Burnout],
            assessment.Reasons.Select(r => r.Rule));
        Assert.Equal(SuggestedAction.Rematch, assessment.SuggestedAction);
    }

    [Fact]
    public void Burnout_outranks_a_call_and_revisiting_goals()
    {
        var assessment = Assess(new CyclesBuilder().Cycle(c => c.WithProgress(0, 0), null).Cycle(c => c.WithProgress(0, 0).WithChallenges("burnout"), null));

        Assert.Equal(
            [SuggestedAction.AdministratorCall, SuggestedAction.RevisitGoals, SuggestedAction.RevisitGoals, SuggestedAction.TakeABreak],
            assessment.Reasons.Select(r => r.Action));
        Assert.Equal(SuggestedAction.TakeABreak, assessment.SuggestedAction);
    }

    [Fact]
    public void Cycles_are_assessed_in_cycle_order_whatever_order_they_arrive_in()
    {
        var cycles = new CyclesBuilder().Healthy().Cycle(null, c => c).Cycle(null, c => c).Build().Reverse().ToList();

        Assert.Equal(RiskRule.MissedCheckIns, Assert.Single(RiskAssessment.Assess(cycles, RiskThresholds.Default).Reasons).Rule);
    }

    [Fact]
    public void A_threshold_below_one_switches_its_rule_off()
    {
        var cycles = new CyclesBuilder().Cycle(null, c => c.WithProgress(0, 0)).Cycle(null, c => c.WithProgress(0, 0));

        Assert.False(Assess(cycles, new RiskThresholds(0, 0, 0)).IsAtRisk);
    }
}
