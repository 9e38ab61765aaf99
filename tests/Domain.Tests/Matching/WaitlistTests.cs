using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Tests.Builders;

namespace MentorFlow.Domain.Tests.Matching;

public class WaitlistTests
{
    private static readonly DateOnly Week = new(2026, 3, 2);
    private static readonly Programme Programme = new ProgrammeBuilder().Build();
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Mentees_wait_in_enrolment_order_then_id_order()
    {
        var waitlist = new Waitlist();
        waitlist.Add(Waiting("p-c", Monday.AddHours(1)));
        waitlist.Add(Waiting("p-b", Monday));
        waitlist.Add(Waiting("p-a", Monday));

        Assert.False(waitlist.Add(Waiting("p-a", Monday.AddDays(-1))));
        Assert.Equal(["p-a", "p-b", "p-c"], waitlist.Entries.Select(e => e.Mentee.Value));
        Assert.True(waitlist.Remove(new ParticipantId("p-b")));
        Assert.Equal(["p-a", "p-c"], waitlist.Entries.Select(e => e.Mentee.Value));
    }

    [Fact]
    public void When_a_mentor_joins_the_earliest_waiting_mentees_are_matched_up_to_capacity()
    {
        var first = new MenteeBuilder("First").EnrolledOn(Monday).Build(Programme);
        var second = new MenteeBuilder("Second").EnrolledOn(Monday.AddMinutes(1)).Build(Programme);
        var third = new MenteeBuilder("Third").EnrolledOn(Monday.AddMinutes(2)).Build(Programme);
        var waitlist = new Waitlist();
        foreach (var mentee in new[] { third, first, second })
        {
            waitlist.Add(new WaitingMentee(mentee.Id, mentee.EnrolledAt, new HashSet<ParticipantId>()));
        }

        var mentor = new MentorBuilder().WithCapacity(2).Build(Programme);
        var ledger = new CapacityLedger();
        ledger.Join(mentor.Id, mentor.Capacity);
        var proposals = waitlist.Serve(MatchingIndex.Build(Programme, [first, second, third], [mentor], Week), ledger);

        Assert.Equal([first.Id, second.Id], proposals.Select(p => p.Mentee));
        Assert.Equal([third.Id], waitlist.Entries.Select(e => e.Mentee));
        Assert.Equal(0, ledger.Remaining(mentor.Id));
    }

    [Fact]
    public void When_a_mentorship_closes_the_freed_place_goes_to_the_first_waiting_mentee()
    {
        var matched = new MenteeBuilder("Matched").Build(Programme);
        var waiting = new MenteeBuilder("Waiting").Build(Programme);
        var mentor = new MentorBuilder().WithCapacity(1).Build(Programme);
        var ledger = new CapacityLedger();
        ledger.Join(mentor.Id, 1);
        ledger.Propose(matched.Id, mentor.Id);
        ledger.Accept(matched.Id);
        var waitlist = new Waitlist();
        waitlist.Add(new WaitingMentee(waiting.Id, waiting.EnrolledAt, new HashSet<ParticipantId>()));
        var index = MatchingIndex.Build(Programme, [matched, waiting], [mentor], Week);

        Assert.Empty(waitlist.Serve(index, ledger));
        ledger.Close(matched.Id);
        var proposal = Assert.Single(waitlist.Serve(index, ledger));

        Assert.Equal((waiting.Id, mentor.Id), (proposal.Mentee, proposal.Mentor));
        Assert.Equal(0, waitlist.Count);
        Assert.Equal(HoldingState.Proposed, ledger.HoldingOf(waiting.Id)?.State);
    }

    [Fact]
    public void A_waiting_mentee_is_never_served_a_mentor_who_declined_them()
    {
        var mentee = new MenteeBuilder().Build(Programme);
        var mentor = new MentorBuilder().Build(Programme);
        var ledger = new CapacityLedger();
        ledger.Join(mentor.Id, 2);
        var waitlist = new Waitlist();
        waitlist.Add(new WaitingMentee(mentee.Id, mentee.EnrolledAt, new HashSet<ParticipantId> { mentor.Id }));

        Assert.Empty(waitlist.Serve(MatchingIndex.Build(Programme, [mentee], [mentor], Week), ledger));
        Assert.True(waitlist.Contains(mentee.Id));
    }

    private static WaitingMentee Waiting(string id, DateTimeOffset at) => new(new ParticipantId(id), at, new HashSet<ParticipantId>());
}
