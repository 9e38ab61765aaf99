using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Tests.Builders;

namespace MentorFlow.Domain.Tests.Matching;

public class RematchingTests
{
    private static readonly DateOnly Week = new(2026, 3, 2);

    [Fact]
    public void After_a_decline_the_next_best_mentors_are_proposed_until_the_attempts_run_out()
    {
        var programme = new ProgrammeBuilder().WithMaxRematchAttempts(2).Build();
        var mentee = new MenteeBuilder().Build(programme);
        var mentors = Enumerable.Range(0, 5).Select(i => new MentorBuilder($"Mentor {i}").Build(programme)).ToArray();
        var index = MatchingIndex.Build(programme, [mentee], mentors, Week);
        var ledger = new CapacityLedger();
        foreach (var mentor in mentors)
        {
            ledger.Join(mentor.Id, 1);
        }

        var declined = new HashSet<ParticipantId> { mentors[0].Id };
        var second = Rematching.Next(index, ledger, mentee.Id, declined);
        declined.Add(mentors[1].Id);
        var third = Rematching.Next(index, ledger, mentee.Id, declined);
        declined.Add(mentors[2].Id);
        var escalated = Rematching.Next(index, ledger, mentee.Id, declined);

        Assert.Equal(RematchStep.Propose, second.Step);
        Assert.DoesNotContain(mentors[0].Id, second.Suggestions.Select(s => s.Mentor));
        Assert.Equal(RematchStep.Propose, third.Step);
        Assert.DoesNotContain(mentors[1].Id, third.Suggestions.Select(s => s.Mentor));
        Assert.Equal(RematchStep.Escalate, escalated.Step);
        Assert.Equal("3 proposals failed; the programme allows 2 rematch attempts", escalated.Reason);
    }

    [Fact]
    public void Without_another_feasible_mentor_the_mentee_waits()
    {
        var programme = new ProgrammeBuilder().Build();
        var mentee = new MenteeBuilder().Build(programme);
        var mentor = new MentorBuilder().Build(programme);
        var ledger = new CapacityLedger();
        ledger.Join(mentor.Id, 1);

        var outcome = Rematching.Next(MatchingIndex.Build(programme, [mentee], [mentor], Week), ledger, mentee.Id, new HashSet<ParticipantId> { mentor.Id });

        Assert.Equal(RematchStep.Wait, outcome.Step);
        Assert.Empty(outcome.Suggestions);
    }
}
