using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// Mentees with no feasible mentor for now. They are served first come, first served: by enrolment time, then by
/// participant id so that equal times still give one order. When capacity appears (a mentor joins, resumes, or a
/// mentorship closes), <see cref="Serve"/> proposes each waiting mentee, in that order, their best feasible mentor.
/// </summary>
public sealed class Waitlist
{
    private readonly SortedSet<WaitingMentee> _entries = new(Comparer<WaitingMentee>.Create(Compare));
    private readonly Dictionary<ParticipantId, WaitingMentee> _byMentee = [];

    /// <summary>The waiting mentees in serving order.</summary>
    public IReadOnlyList<WaitingMentee> Entries => [.. _entries];

    public int Count => _entries.Count;

    public bool Contains(ParticipantId mentee) => _byMentee.ContainsKey(mentee);

    /// <summary>Adds a mentee; a mentee already waiting keeps their place (enrolling twice is one journey).</summary>
    public bool Add(WaitingMentee entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_byMentee.TryAdd(entry.Mentee, entry))
        {
            return false;
        }

        _entries.Add(entry);
        return true;
    }

    public bool Remove(ParticipantId mentee)
    {
        if (!_byMentee.Remove(mentee, out var entry))
        {
            return false;
        }

        _entries.Remove(entry);
        return true;
    }

    /// <summary>
    /// Proposes, in serving order, each waiting mentee their best feasible mentor with room left, holding the place in
    /// <paramref name="ledger"/>; a mentee served leaves the list. Later mentees see the capacity earlier ones took.
    /// Every waiting mentee must be in <paramref name="index"/>.
    /// </summary>
    public IReadOnlyList<CandidateMatch> Serve(MatchingIndex index, CapacityLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(ledger);
        var proposed = new List<CandidateMatch>();
        foreach (var entry in Entries)
        {
            var best = index.Suggest(entry.Mentee, ledger, entry.ExcludedMentors, count: 1);
            if (best.Count == 1 && ledger.Propose(entry.Mentee, best[0].Mentor).IsSuccess)
            {
                Remove(entry.Mentee);
                proposed.Add(best[0]);
            }
        }

        return proposed;
    }

    private static int Compare(WaitingMentee? a, WaitingMentee? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var byTime = a.EnrolledAt.CompareTo(b.EnrolledAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Mentee.Value, b.Mentee.Value);
    }
}
