using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;

namespace MentorFlow.Domain.Tests.Matching;

public class CapacityLedgerTests
{
    private static readonly ParticipantId Mentor = new("p-mentor");
    private static readonly ParticipantId Ana = new("p-ana");
    private static readonly ParticipantId Ben = new("p-ben");
    private static readonly ParticipantId Cai = new("p-cai");

    [Fact]
    public void A_proposal_holds_a_place_until_it_ends_and_acceptance_keeps_it()
    {
        var ledger = new CapacityLedger();
        ledger.Join(Mentor, 2);

        ledger.Propose(Ana, Mentor);
        Assert.Equal(1, ledger.Remaining(Mentor));
        ledger.Accept(Ana);
        Assert.Equal(new Holding(Ana, Mentor, HoldingState.Active), ledger.HoldingOf(Ana));
        Assert.Equal(1, ledger.Remaining(Mentor));
        ledger.Propose(Ben, Mentor);
        ledger.EndProposal(Ben);
        Assert.Equal(1, ledger.Remaining(Mentor));
        ledger.Close(Ana);
        Assert.Equal(2, ledger.Remaining(Mentor));
        Assert.Null(ledger.HoldingOf(Ana));
    }

    [Fact]
    public void A_full_mentor_refuses_a_proposal_with_the_reason()
    {
        var ledger = new CapacityLedger();
        ledger.Join(Mentor, 1);
        ledger.Propose(Ana, Mentor);

        var refused = ledger.Propose(Ben, Mentor);

        Assert.Equal(new("mentor", "the mentor has no capacity left (1 of 1 taken)"), Assert.Single(refused.Errors));
        Assert.Equal(1, ledger.Used(Mentor));
    }

    [Fact]
    public void A_mentee_holds_one_place_at_a_time()
    {
        var ledger = new CapacityLedger();
        ledger.Join(Mentor, 3);
        ledger.Join(new ParticipantId("p-other"), 3);
        ledger.Propose(Ana, Mentor);

        Assert.Equal("already has an open proposal", Assert.Single(ledger.Propose(Ana, new ParticipantId("p-other")).Errors).Message);
        ledger.Accept(Ana);
        Assert.Equal("already has a mentorship", Assert.Single(ledger.Propose(Ana, Mentor).Errors).Message);
    }

    [Fact]
    public void Pausing_withdraws_open_proposals_keeps_mentorships_and_blocks_new_proposals_until_resumed()
    {
        var ledger = new CapacityLedger();
        ledger.Join(Mentor, 3);
        ledger.Propose(Cai, Mentor);
        ledger.Propose(Ana, Mentor);
        ledger.Propose(Ben, Mentor);
        ledger.Accept(Ben);

        var withdrawn = ledger.Pause(Mentor).Value;

        Assert.Equal([Ana, Cai], withdrawn.Select(h => h.Mentee));
        Assert.Equal(new Holding(Ben, Mentor, HoldingState.Active), ledger.HoldingOf(Ben));
        Assert.Equal(0, ledger.Remaining(Mentor));
        Assert.Equal("the mentor is paused", Assert.Single(ledger.Propose(Ana, Mentor).Errors).Message);
        ledger.Resume(Mentor);
        Assert.Equal(2, ledger.Remaining(Mentor));
    }

    [Fact]
    public void Transitions_from_the_wrong_state_are_refused()
    {
        var ledger = new CapacityLedger();
        ledger.Join(Mentor, 1);

        Assert.False(ledger.Accept(Ana).IsSuccess);
        Assert.False(ledger.Close(Ana).IsSuccess);
        Assert.False(ledger.EndProposal(Ana).IsSuccess);
        ledger.Propose(Ana, Mentor);
        Assert.False(ledger.Close(Ana).IsSuccess);
        ledger.Accept(Ana);
        Assert.False(ledger.EndProposal(Ana).IsSuccess);
        Assert.False(ledger.Join(Mentor, 4).IsSuccess);
        Assert.False(ledger.Join(new ParticipantId("p-zero"), 0).IsSuccess);
        Assert.False(ledger.Pause(new ParticipantId("p-unknown")).IsSuccess);
        Assert.Equal("the mentor is not in the pool", Assert.Single(ledger.Propose(Ben, new ParticipantId("p-unknown")).Errors).Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2026)]
    public void Capacity_is_never_exceeded_whatever_the_order_of_events(int seed)
    {
        var random = new Random(seed);
        var mentors = Enumerable.Range(0, 6).Select(i => new ParticipantId($"p-mentor-{i}")).ToArray();
        var mentees = Enumerable.Range(0, 40).Select(i => new ParticipantId($"p-mentee-{i}")).ToArray();
        var ledger = new CapacityLedger();
        var accepted = 0;
        foreach (var mentor in mentors)
        {
            ledger.Join(mentor, random.Next(1, 4));
        }

        for (var step = 0; step < 5_000; step++)
        {
            var mentee = mentees[random.Next(mentees.Length)];
            var mentor = mentors[random.Next(mentors.Length)];
            var outcome = random.Next(6) switch
            {
                0 => ledger.Propose(mentee, mentor).IsSuccess,
                1 => ledger.Accept(mentee).IsSuccess,
                2 => ledger.EndProposal(mentee).IsSuccess,
                3 => ledger.Close(mentee).IsSuccess,
                4 => random.Next(4) == 0 && ledger.Pause(mentor).IsSuccess,
                _ => ledger.Resume(mentor).IsSuccess,
            };
            accepted += outcome ? 1 : 0;

            foreach (var m in mentors)
            {
                var held = ledger.Holdings.Where(h => h.Mentor == m).ToArray();
                Assert.Equal(held.Length, ledger.Used(m));
                Assert.InRange(held.Length, 0, ledger.Capacity(m));
                if (ledger.IsPaused(m))
                {
                    Assert.DoesNotContain(held, h => h.State == HoldingState.Proposed);
                }
            }

            Assert.Equal(ledger.Holdings.Count, ledger.Holdings.Select(h => h.Mentee).Distinct().Count());
        }

        // The walk must have exercised the ledger, not refused everything.
        Assert.True(accepted > 1_000, $"only {accepted} events were accepted");
    }
}
