using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// The pool of mentors and the places they have. A proposal holds a place until it is accepted (then the mentorship
/// holds it), declined, withdrawn or lapses; closing a mentorship frees it. Every change goes through a method that
/// checks first, so proposals plus mentorships never exceed a mentor's capacity, whatever the order of events.
/// A mentee holds at most one place at a time. A paused mentor gets no new proposals and their open proposals are
/// withdrawn; their mentorships carry on.
/// </summary>
public sealed class CapacityLedger
{
    private readonly Dictionary<ParticipantId, Seat> _seats = [];
    private readonly Dictionary<ParticipantId, Holding> _holdings = [];

    /// <summary>Every place held, in no particular order.</summary>
    public IReadOnlyCollection<Holding> Holdings => _holdings.Values;

    public IReadOnlyCollection<ParticipantId> Mentors => _seats.Keys;

    public Result<ParticipantId> Join(ParticipantId mentor, int capacity)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        if (capacity < 1)
        {
            return Result<ParticipantId>.Failure("capacity", "must be at least 1");
        }

        return _seats.TryAdd(mentor, new Seat(capacity))
            ? Result<ParticipantId>.Success(mentor)
            : Result<ParticipantId>.Failure("mentor", "has already joined the pool");
    }

    public int Capacity(ParticipantId mentor) => _seats.TryGetValue(mentor, out var seat) ? seat.Capacity : 0;

    public bool IsPaused(ParticipantId mentor) => _seats.TryGetValue(mentor, out var seat) && seat.Paused;

    /// <summary>Places the mentor holds (proposals and mentorships).</summary>
    public int Used(ParticipantId mentor) => _seats.TryGetValue(mentor, out var seat) ? seat.Used : 0;

    /// <summary>Places still open to new proposals: none for an unknown or a paused mentor.</summary>
    public int Remaining(ParticipantId mentor) =>
        _seats.TryGetValue(mentor, out var seat) && !seat.Paused ? seat.Capacity - seat.Used : 0;

    public Holding? HoldingOf(ParticipantId mentee) => _holdings.GetValueOrDefault(mentee);

    /// <summary>Why the mentor cannot take a new proposal, or null when they can.</summary>
    public string? RefusalFor(ParticipantId mentor)
    {
        if (!_seats.TryGetValue(mentor, out var seat))
        {
            return "the mentor is not in the pool";
        }

        if (seat.Paused)
        {
            return "the mentor is paused";
        }

        return seat.Used >= seat.Capacity ? $"the mentor has no capacity left ({seat.Used} of {seat.Capacity} taken)" : null;
    }

    public Result<Holding> Propose(ParticipantId mentee, ParticipantId mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        if (_holdings.TryGetValue(mentee, out var existing))
        {
            return Result<Holding>.Failure("mentee", existing.State == HoldingState.Proposed
                ? "already has an open proposal"
                : "already has a mentorship");
        }

        if (RefusalFor(mentor) is { } refusal)
        {
            return Result<Holding>.Failure("mentor", refusal);
        }

        var holding = new Holding(mentee, mentor, HoldingState.Proposed);
        _holdings.Add(mentee, holding);
        _seats[mentor].Used++;
        return Result<Holding>.Success(holding);
    }

    /// <summary>The mentor (or the choosing mentee) accepted: the proposal becomes a mentorship in the same place.</summary>
    public Result<Holding> Accept(ParticipantId mentee)
    {
        if (!_holdings.TryGetValue(mentee, out var holding) || holding.State != HoldingState.Proposed)
        {
            return Result<Holding>.Failure("mentee", "has no open proposal to accept");
        }

        var active = holding with { State = HoldingState.Active };
        _holdings[mentee] = active;
        return Result<Holding>.Success(active);
    }

    /// <summary>Ends an open proposal (declined, withdrawn, or lapsed past its deadline) and frees its place.</summary>
    public Result<Holding> EndProposal(ParticipantId mentee)
    {
        if (!_holdings.TryGetValue(mentee, out var holding) || holding.State != HoldingState.Proposed)
        {
            return Result<Holding>.Failure("mentee", "has no open proposal");
        }

        Release(holding);
        return Result<Holding>.Success(holding);
    }

    /// <summary>Closes a mentorship (end of term or early) and frees its place.</summary>
    public Result<Holding> Close(ParticipantId mentee)
    {
        if (!_holdings.TryGetValue(mentee, out var holding) || holding.State != HoldingState.Active)
        {
            return Result<Holding>.Failure("mentee", "has no mentorship to close");
        }

        Release(holding);
        return Result<Holding>.Success(holding);
    }

    /// <summary>
    /// Pauses a mentor: no new proposals, and their open proposals are withdrawn now. Returns the withdrawn
    /// proposals, in mentee-id order, so the caller can tell those mentees and match them again.
    /// </summary>
    public Result<IReadOnlyList<Holding>> Pause(ParticipantId mentor)
    {
        if (!_seats.TryGetValue(mentor, out var seat))
        {
            return Result<IReadOnlyList<Holding>>.Failure("mentor", "is not in the pool");
        }

        seat.Paused = true;
        var withdrawn = _holdings.Values
            .Where(h => h.Mentor == mentor && h.State == HoldingState.Proposed)
            .OrderBy(h => h.Mentee.Value, StringComparer.Ordinal)
            .ToArray();
        foreach (var holding in withdrawn)
        {
            Release(holding);
        }

        return Result<IReadOnlyList<Holding>>.Success(withdrawn);
    }

    public Result<ParticipantId> Resume(ParticipantId mentor)
    {
        if (!_seats.TryGetValue(mentor, out var seat))
        {
            return Result<ParticipantId>.Failure("mentor", "is not in the pool");
        }

        seat.Paused = false;
        return Result<ParticipantId>.Success(mentor);
    }

    private void Release(Holding holding)
    {
        _holdings.Remove(holding.Mentee);
        _seats[holding.Mentor].Used--;
    }

    private sealed class Seat(int capacity)
    {
        public int Capacity { get; } = capacity;

        public int Used { get; set; }

        public bool Paused { get; set; }
    }
}
