using MentorFlow.Domain.Matching;

namespace MentorFlow.Domain.Storage;

/// <summary>Turns a stored pool back into the <see cref="CapacityLedger"/> that matching reasons over.</summary>
public static class CapacitySnapshotLedger
{
    /// <summary>
    /// The ledger the snapshot describes: every seat, every place held (proposed or active), and the pauses. Places
    /// are taken before pauses are applied, because a paused mentor keeps the mentorships they have.
    /// </summary>
    public static CapacityLedger ToLedger(this CapacitySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var ledger = new CapacityLedger();
        foreach (var seat in snapshot.Seats)
        {
            ledger.Join(seat.Mentor, seat.Capacity);
        }

        foreach (var holding in snapshot.Holdings)
        {
            if (ledger.Propose(holding.Mentee, holding.Mentor).IsSuccess && holding.State == HoldingState.Active)
            {
                ledger.Accept(holding.Mentee);
            }
        }

        foreach (var seat in snapshot.Seats.Where(s => s.Paused))
        {
            ledger.Pause(seat.Mentor);
        }

        return ledger;
    }
}
