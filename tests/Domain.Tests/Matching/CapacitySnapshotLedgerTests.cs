using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Domain.Tests.Matching;

public sealed class CapacitySnapshotLedgerTests
{
    private static readonly ParticipantId Max = new("p-max");
    private static readonly ParticipantId Mia = new("p-mia");

    [Fact]
    public void A_stored_pool_comes_back_with_its_places_and_pauses()
    {
        var snapshot = new CapacitySnapshot(
            [new MentorSeat(Max, 2, Paused: false), new MentorSeat(Mia, 1, Paused: true)],
            [new Holding(new ParticipantId("p-ana"), Max, HoldingState.Active), new Holding(new ParticipantId("p-ben"), Mia, HoldingState.Active)]);

        var ledger = snapshot.ToLedger();

        Assert.Equal((1, 0), (ledger.Remaining(Max), ledger.Remaining(Mia)));
        Assert.True(ledger.IsPaused(Mia));
        Assert.Equal(HoldingState.Active, ledger.HoldingOf(new ParticipantId("p-ben"))!.State);
    }

    [Fact]
    public void An_open_proposal_stays_open_so_it_can_still_be_accepted()
    {
        var ledger = new CapacitySnapshot([new MentorSeat(Max, 1, false)], [new Holding(new ParticipantId("p-ana"), Max, HoldingState.Proposed)]).ToLedger();

        Assert.Equal(0, ledger.Remaining(Max));
        Assert.True(ledger.Accept(new ParticipantId("p-ana")).IsSuccess);
    }
}
