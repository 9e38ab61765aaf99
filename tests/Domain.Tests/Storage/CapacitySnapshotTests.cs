using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Domain.Tests.Storage;

public class CapacitySnapshotTests
{
    private static readonly ParticipantId Mentor = new("p-mentor");
    private static readonly ParticipantId Other = new("p-other");
    private static readonly ParticipantId Ana = new("p-ana");
    private static readonly ParticipantId Ben = new("p-ben");

    [Fact]
    public void The_ledger_holds_every_seat_and_place_of_the_snapshot()
    {
        var snapshot = new CapacitySnapshot(
            [new MentorSeat(Mentor, 3, Paused: false), new MentorSeat(Other, 1, Paused: false)],
            [new Holding(Ana, Mentor, HoldingState.Active), new Holding(Ben, Mentor, HoldingState.Proposed)]);

        var ledger = snapshot.ToLedger();

        Assert.Equal(3, ledger.Capacity(Mentor));
        Assert.Equal(2, ledger.Used(Mentor));
        Assert.Equal(1, ledger.Remaining(Mentor));
        Assert.Equal(1, ledger.Remaining(Other));
        Assert.Equal(new Holding(Ana, Mentor, HoldingState.Active), ledger.HoldingOf(Ana));
        Assert.Equal(new Holding(Ben, Mentor, HoldingState.Proposed), ledger.HoldingOf(Ben));
    }

    [Fact]
    public void A_paused_mentor_keeps_their_mentorships_and_offers_no_place()
    {
        var snapshot = new CapacitySnapshot(
            [new MentorSeat(Mentor, 2, Paused: true)],
            [new Holding(Ana, Mentor, HoldingState.Active)]);

        var ledger = snapshot.ToLedger();

        Assert.True(ledger.IsPaused(Mentor));
        Assert.Equal(1, ledger.Used(Mentor));
        Assert.Equal(0, ledger.Remaining(Mentor));
        Assert.Equal(HoldingState.Active, ledger.HoldingOf(Ana)!.State);
    }

    [Fact]
    public void A_snapshot_with_more_places_than_capacity_is_refused()
    {
        var snapshot = new CapacitySnapshot(
            [new MentorSeat(Mentor, 1, Paused: false)],
            [new Holding(Ana, Mentor, HoldingState.Active), new Holding(Ben, Mentor, HoldingState.Proposed)]);

        var refusal = Assert.Throws<InvalidOperationException>(snapshot.ToLedger);

        Assert.Contains("no capacity left", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_with_a_place_outside_the_pool_is_refused()
    {
        var snapshot = new CapacitySnapshot([], [new Holding(Ana, Mentor, HoldingState.Proposed)]);

        var refusal = Assert.Throws<InvalidOperationException>(snapshot.ToLedger);

        Assert.Contains("not in the pool", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_proposal_with_a_paused_mentor_is_refused()
    {
        var snapshot = new CapacitySnapshot(
            [new MentorSeat(Mentor, 2, Paused: true)],
            [new Holding(Ana, Mentor, HoldingState.Proposed)]);

        var refusal = Assert.Throws<InvalidOperationException>(snapshot.ToLedger);

        Assert.Contains("open proposals", refusal.Message, StringComparison.Ordinal);
    }
}
