using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Reviews;

namespace MentorFlow.Domain.Tests.Reviews;

public class CheckInTests
{
    [Fact]
    public void A_complete_check_in_keeps_progress_satisfaction_challenges_and_notes()
    {
        var draft = new CheckInBuilder().WithProgress(40, 100).WithSatisfaction(3).WithChallenges("schedulingConflicts", "Lack of communication").BuildDraft();

        var checkIn = CheckIn.Create(draft, MentorshipRole.Mentor, 2, 2, CheckInBuilder.CycleOneSubmittedAt).Value;

        Assert.Equal(MentorshipRole.Mentor, checkIn.By);
        Assert.Equal(2, checkIn.Cycle);
        Assert.Equal([40, 100], checkIn.Progress);
        Assert.Equal(3, checkIn.Satisfaction);
        Assert.Equal([Challenge.SchedulingConflicts, Challenge.LackOfCommunication], checkIn.Challenges);
        Assert.Equal("Draft the review agenda.", checkIn.NextSteps);
    }

    [Fact]
    public void A_check_in_rebuilds_from_its_own_draft()
    {
        var checkIn = new CheckInBuilder().WithChallenges("misalignedExpectations", "other").WithNotes("Travel").Build();

        var draft = checkIn.ToDraft();
        var again = CheckIn.Create(draft, checkIn.By, checkIn.Cycle, checkIn.Progress.Count, checkIn.SubmittedAt).Value;

        Assert.Equal(["misalignedExpectations", "other"], draft.Challenges);
        Assert.Equal(checkIn.Challenges, again.Challenges);
        Assert.Equal(checkIn.Progress, again.Progress);
        Assert.Equal(checkIn.Notes, again.Notes);
    }

    [Fact]
    public void Progress_is_needed_for_every_goal()
    {
        var result = CheckIn.Create(new CheckInBuilder().WithProgress(40).BuildDraft(), MentorshipRole.Mentee, 1, 2, CheckInBuilder.CycleOneSubmittedAt);

        Assert.Equal("progress", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Progress_outside_0_to_100_percent_names_the_goal()
    {
        var result = CheckIn.Create(new CheckInBuilder().WithProgress(-5, 120).BuildDraft(), MentorshipRole.Mentee, 1, 2, CheckInBuilder.CycleOneSubmittedAt);

        Assert.Equal(["progress[0]", "progress[1]"], result.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(6)]
    public void Satisfaction_must_be_from_1_to_5(int? satisfaction)
    {
        var result = CheckIn.Create(new CheckInBuilder().WithSatisfaction(satisfaction).BuildDraft(), MentorshipRole.Mentee, 1, 2, CheckInBuilder.CycleOneSubmittedAt);

        Assert.Equal("satisfaction", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Notes_and_next_steps_are_bounded()
    {
        var draft = new CheckInBuilder().WithNotes(new string('n', CheckIn.NotesMaxLength + 1)).WithNextSteps(new string('s', CheckIn.NextStepsMaxLength + 1)).BuildDraft();

        var result = CheckIn.Create(draft, MentorshipRole.Mentee, 1, 2, CheckInBuilder.CycleOneSubmittedAt);

        Assert.Equal(["notes", "nextSteps"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void An_unknown_challenge_is_named_by_its_position()
    {
        var result = CheckIn.Create(new CheckInBuilder().WithChallenges("burnout", "boredom").BuildDraft(), MentorshipRole.Mentee, 1, 2, CheckInBuilder.CycleOneSubmittedAt);

        Assert.Equal("challenges[1]", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void The_other_challenge_needs_a_note_saying_what_it_was()
    {
        var result = CheckIn.Create(new CheckInBuilder().WithChallenges("other").WithNotes(null).BuildDraft(), MentorshipRole.Mentee, 1, 2, CheckInBuilder.CycleOneSubmittedAt);

        Assert.Equal("notes", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void A_cycle_refuses_a_check_in_from_the_wrong_side_or_cycle()
    {
        var mentorCheckIn = new CheckInBuilder().By(MentorshipRole.Mentor).Build();

        Assert.Throws<ArgumentException>(() => new CycleCheckIns(1, mentorCheckIn, null));
        Assert.Throws<ArgumentException>(() => new CycleCheckIns(2, null, mentorCheckIn));
    }
}
