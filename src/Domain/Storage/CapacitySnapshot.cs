using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;

namespace MentorFlow.Domain.Storage;

/// <summary>One mentor's seat in a programme's pool.</summary>
public sealed record MentorSeat(ParticipantId Mentor, int Capacity, bool Paused);

/// <summary>A programme's pool as kept, read at one moment: the seats and every place held.</summary>
public sealed record CapacitySnapshot(IReadOnlyList<MentorSeat> Seats, IReadOnlyList<Holding> Holdings)
{
    /// <summary>
    /// The pool as a <see cref="CapacityLedger"/>, for matching to plan against (what is left, who is paused). The
    /// ledger is rebuilt through its own checks, so a snapshot that breaks its rules (a place with a mentor outside
    /// the pool, more places than capacity, an open proposal with a paused mentor) is reported, not carried on.
    /// </summary>
    /// <exception cref="InvalidOperationException">The snapshot breaks the ledger's rules.</exception>
    public CapacityLedger ToLedger()
    {
        var ledger = new CapacityLedger();
        foreach (var seat in Seats)
        {
            Require(ledger.Join(seat.Mentor, seat.Capacity), $"seat of {seat.Mentor}");
        }

        // Places first, pauses after: a paused mentor takes no new proposal, but keeps the mentorships they have.
        foreach (var holding in Holdings)
        {
            Require(ledger.Propose(holding.Mentee, holding.Mentor), $"place of {holding.Mentee}");
            if (holding.State == HoldingState.Active)
            {
                Require(ledger.Accept(holding.Mentee), $"place of {holding.Mentee}");
            }
        }

        foreach (var seat in Seats.Where(s => s.Paused))
        {
            var withdrawn = Require(ledger.Pause(seat.Mentor), $"seat of {seat.Mentor}");
            if (withdrawn.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The capacity snapshot is inconsistent: paused mentor {seat.Mentor} still has open proposals.");
            }
        }

        return ledger;
    }

    private static T Require<T>(Result<T> result, string what) => result.IsSuccess
        ? result.Value
        : throw new InvalidOperationException(
            $"The capacity snapshot is inconsistent ({what}): " + string.Join("; ", result.Errors.Select(e => $"{e.Field} {e.Message}")));
}
