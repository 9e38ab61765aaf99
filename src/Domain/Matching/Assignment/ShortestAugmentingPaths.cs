using System.Numerics;

namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// The exact core: a bidding warm start, then successive shortest augmenting paths (the Jonker–Volgenant
/// form of the Hungarian method), both run directly on mentors with capacities, never on
/// capacity-expanded columns.
/// <para>
/// Duals: each mentor j has a price p_j ≥ 0 and each placed mentee i earns w_i = a_ij − p_j ≥ 0 at its
/// mentor. Invariants kept throughout: every placed mentee sits at a best mentor for the current prices
/// (w_i ≥ a_ik − p_k for each candidate k), leaving out is worth 0, and only a full mentor has a positive
/// price. A mentor's load never falls, so at the end these are the complementary slackness conditions
/// of the linear programme, which prove the assignment optimal on the candidate graph.
/// </para>
/// <para>
/// "Leave the mentee out" is a virtual mentor with index <c>mentorCount</c>, score 0, price 0 and no
/// capacity limit, so every search ends. A mentee that is left out is never reached again: only its own
/// search could lead to the virtual mentor through it, and prices only rise.
/// </para>
/// Tie rule (documented on <see cref="AssignmentSolver"/>): mentees are met in index order; equal
/// values go to the lower mentor index; bidding never displaces an earlier mentee for an equal total;
/// equal labels are settled in ascending mentor order, the virtual mentor last; a label only improves
/// on a strictly better path, so the search keeps an earlier mentee in place on a tie.
/// </summary>
internal sealed class ShortestAugmentingPaths<T>
    where T : struct, INumber<T>
{
    private const byte Unseen = 0;
    private const byte Labelled = 1;
    private const byte Settled = 2;

    private readonly int _menteeCount;
    private readonly int _mentorCount;
    private readonly int[] _capacities;
    private readonly int[] _edgeStart;
    private readonly int[] _edgeMentor;
    private readonly T[] _edgeScore;
    private readonly bool[] _fullRow;
    private readonly double[][]? _denseRows;
    private readonly double _scale;

    private readonly int[] _slotStart;
    private readonly int[] _slotMentee;
    private readonly int[] _load;
    private readonly int[] _mentorOf;
    private readonly int[] _slotOf;
    private readonly T[] _scoreAtMentor;
    private readonly T[] _prices;

    private readonly T[] _distance;
    private readonly int[] _predecessor;
    private readonly T[] _predecessorScore;
    private readonly byte[] _state;
    private readonly List<int> _touched = [];
    private readonly List<int> _settled = [];
    private readonly LabelHeap<T> _heap = new();

    // A full row has no explicit edges: its scores are read from the dense problem row and scaled on the
    // fly (scale 0 = plain doubles), so a mentee that needs every mentor costs no extra memory.
    public ShortestAugmentingPaths(
        int menteeCount, int[] capacities, int[] edgeStart, int[] edgeMentor, T[] edgeScore, bool[] fullRow, double[][]? denseRows, double scale)
    {
        _menteeCount = menteeCount;
        _mentorCount = capacities.Length;
        _capacities = capacities;
        _edgeStart = edgeStart;
        _edgeMentor = edgeMentor;
        _edgeScore = edgeScore;
        _fullRow = fullRow;
        _denseRows = denseRows;
        _scale = scale;

        _slotStart = new int[_mentorCount + 1];
        for (var j = 0; j < _mentorCount; j++)
        {
            // Slots past the number of mentees can never be used.
            _slotStart[j + 1] = _slotStart[j] + Math.Min(capacities[j], menteeCount);
        }

        _slotMentee = new int[_slotStart[_mentorCount]];
        _load = new int[_mentorCount];
        _mentorOf = new int[menteeCount];
        _slotOf = new int[menteeCount];
        _scoreAtMentor = new T[menteeCount];
        _prices = new T[_mentorCount];
        Array.Fill(_mentorOf, -1);

        _distance = new T[_mentorCount + 1];
        _predecessor = new int[_mentorCount + 1];
        _predecessorScore = new T[_mentorCount + 1];
        _state = new byte[_mentorCount + 1];
    }

    /// <summary>Each mentee's mentor, or -1 when left out.</summary>
    public int[] MentorOf => _mentorOf;

    /// <summary>Each placed mentee's score at its mentor (zero when left out).</summary>
    public T[] ScoreAtMentor => _scoreAtMentor;

    /// <summary>The mentor prices p_j of the dual certificate.</summary>
    public T[] Prices => _prices;

    public void Solve(CancellationToken cancellationToken)
    {
        var waiting = Bid();
        for (var k = 0; k < waiting.Count; k++)
        {
            if ((k & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Augment(waiting[k]);
        }
    }

    /// <summary>
    /// Warm start by bidding (the augmenting row reduction of Jonker and Volgenant, on capacities): a mentee
    /// takes its best mentor at current prices when that mentor has room; when the mentor is full, the
    /// mentee outbids the occupant with the smallest margin (its advantage of this mentor over its next
    /// option), raising the price by no more than that margin and than the bidder's own advantage, so
    /// every mentee still placed stays at a best mentor and only a full mentor gains a price. The occupant
    /// bids again later. Bidding stops after a fixed number of bids or where it would make no progress
    /// (an equal-value tie); those mentees are placed by shortest augmenting paths.
    /// Returns the mentees still to place, in index order.
    /// </summary>
    private List<int> Bid()
    {
        var queue = new Queue<int>(_menteeCount);
        for (var mentee = 0; mentee < _menteeCount; mentee++)
        {
            queue.Enqueue(mentee);
        }

        var waiting = new List<int>();
        var bidsLeft = 4L * _menteeCount;
        while (queue.Count > 0)
        {
            var mentee = queue.Dequeue();
            if (bidsLeft-- <= 0)
            {
                waiting.Add(mentee);
                continue;
            }

            var (best, bestValue, secondValue, roomAtBest) = BestTwo(mentee, excluded: -1);
            if (bestValue < T.Zero || best < 0)
            {
                // Leaving out pays more than any mentor now, and prices only rise: it stays out.
                continue;
            }

            if (roomAtBest >= 0)
            {
                // A mentor with room has price 0 (only full mentors are ever raised), so nothing changes.
                Place(mentee, roomAtBest, _slotStart[roomAtBest] + _load[roomAtBest]++, ScoreOf(mentee, roomAtBest));
                continue;
            }

            var advantage = bestValue - secondValue;
            var (occupant, occupantMargin) = SmallestMargin(best);
            var raise = T.Min(advantage, occupantMargin);
            if (advantage <= T.Zero || (advantage == occupantMargin && occupant < mentee))
            {
                // The bidder is indifferent (no progress), or it would displace an earlier mentee for an
                // equal total: the exact search decides, and it keeps the earlier mentee.
                waiting.Add(mentee);
                continue;
            }

            // An occupant with no margin is displaced without a raise: it has an equally good option.
            _prices[best] += raise;
            var slot = _slotOf[occupant];
            _mentorOf[occupant] = -1;
            _slotOf[occupant] = -1;
            _scoreAtMentor[occupant] = T.Zero;
            Place(mentee, best, slot, ScoreOf(mentee, best));
            queue.Enqueue(occupant);
        }

        waiting.Sort();
        return waiting;
    }

    /// <summary>
    /// The mentee's best mentor at current prices (the lowest index among equals; -1 when it has no pair
    /// left), that value, the best value of every other option including leaving out (0), and the
    /// lowest-index mentor with room among those of the best value (-1 if none).
    /// </summary>
    private (int Best, T BestValue, T SecondValue, int RoomAtBest) BestTwo(int mentee, int excluded)
    {
        var best = -1;
        var roomAtBest = -1;
        var bestValue = T.Zero;
        var secondValue = T.Zero;
        if (_fullRow[mentee])
        {
            var row = _denseRows![mentee];
            for (var j = 0; j < row.Length; j++)
            {
                if (row[j] > 0 && _capacities[j] > 0 && j != excluded)
                {
                    Consider(j, Scaled(row[j], _scale));
                }
            }
        }
        else
        {
            for (var e = _edgeStart[mentee]; e < _edgeStart[mentee + 1]; e++)
            {
                if (_edgeMentor[e] != excluded)
                {
                    Consider(_edgeMentor[e], _edgeScore[e]);
                }
            }
        }

        return (best, bestValue, secondValue, roomAtBest);

        void Consider(int j, T score)
        {
            var value = score - _prices[j];
            if (best < 0 || value > bestValue)
            {
                if (best >= 0 && bestValue > secondValue)
                {
                    secondValue = bestValue;
                }

                bestValue = value;
                best = j;
                roomAtBest = _load[j] < _capacities[j] ? j : -1;
                return;
            }

            if (value > secondValue)
            {
                secondValue = value;
            }

            if (value == bestValue && roomAtBest < 0 && _load[j] < _capacities[j])
            {
                roomAtBest = j;
            }
        }
    }

    /// <summary>The occupant of a full mentor with the smallest margin (the latest mentee among equals) and that margin.</summary>
    private (int Mentee, T Margin) SmallestMargin(int mentor)
    {
        var chosen = -1;
        var smallest = T.Zero;
        for (var slot = _slotStart[mentor]; slot < _slotStart[mentor + 1]; slot++)
        {
            var occupant = _slotMentee[slot];
            var (_, otherValue, _, _) = BestTwo(occupant, excluded: mentor);
            var margin = _scoreAtMentor[occupant] - _prices[mentor] - T.Max(otherValue, T.Zero);
            if (chosen < 0 || margin < smallest || (margin == smallest && occupant > chosen))
            {
                chosen = occupant;
                smallest = margin;
            }
        }

        return (chosen, smallest);
    }

    private T ScoreOf(int mentee, int mentor)
    {
        if (_fullRow[mentee])
        {
            return Scaled(_denseRows![mentee][mentor], _scale);
        }

        var start = _edgeStart[mentee];
        return _edgeScore[Array.BinarySearch(_edgeMentor, start, _edgeStart[mentee + 1] - start, mentor)];
    }

    /// <summary>Dijkstra's search from a mentee not yet placed, then the shift of mentees along the path and the price update.</summary>
    private void Augment(int source)
    {
        ResetLabels();
        var virtualMentor = _mentorCount;
        RelaxPairsOf(source, T.Zero);

        Relax(virtualMentor, T.Zero, source, T.Zero);

        int end;
        T endDistance;
        while (true)
        {
            var (distance, j) = _heap.Pop();
            if (_state[j] == Settled || distance != _distance[j])
            {
                continue;
            }

            if (j == virtualMentor || _load[j] < _capacities[j])
            {
                end = j;
                endDistance = distance;
                break;
            }

            _state[j] = Settled;
            _settled.Add(j);
            for (var slot = _slotStart[j]; slot < _slotStart[j + 1]; slot++)
            {
                var mentee = _slotMentee[slot];

                // Reduced costs are ≥ 0 (the invariants), so labels never fall below the settled distance.
                var reached = distance + _scoreAtMentor[mentee] - _prices[j];
                Relax(virtualMentor, reached, mentee, T.Zero);
                RelaxPairsOf(mentee, reached);
            }
        }

        foreach (var j in _settled)
        {
            _prices[j] += endDistance - _distance[j];
        }

        ShiftAlongPath(source, end);
    }

    /// <summary>Labels every unsettled mentor of the mentee's pairs, the mentee being reached at the given distance.</summary>
    private void RelaxPairsOf(int mentee, T reached)
    {
        if (_fullRow[mentee])
        {
            var row = _denseRows![mentee];
            for (var k = 0; k < row.Length; k++)
            {
                if (row[k] > 0 && _capacities[k] > 0 && _state[k] != Settled)
                {
                    var score = Scaled(row[k], _scale);
                    Relax(k, reached + _prices[k] - score, mentee, score);
                }
            }

            return;
        }

        for (var e = _edgeStart[mentee]; e < _edgeStart[mentee + 1]; e++)
        {
            var k = _edgeMentor[e];
            if (_state[k] != Settled)
            {
                Relax(k, reached + _prices[k] - _edgeScore[e], mentee, _edgeScore[e]);
            }
        }
    }

    /// <summary>A score in the solver's arithmetic: scaled to an integer when <paramref name="scale"/> is a power of ten, as is when 0.</summary>
    internal static T Scaled(double score, double scale) =>
        scale > 0 ? T.CreateTruncating(Math.Round(score * scale)) : T.CreateTruncating(score);

    private void ShiftAlongPath(int source, int end)
    {
        var mentor = end;
        var mentee = _predecessor[end];
        var slot = end == _mentorCount ? -1 : _slotStart[end] + _load[end]++;
        while (true)
        {
            var fromMentor = _mentorOf[mentee];
            var fromSlot = _slotOf[mentee];
            if (mentor == _mentorCount)
            {
                _mentorOf[mentee] = -1;
                _slotOf[mentee] = -1;
                _scoreAtMentor[mentee] = T.Zero;
            }
            else
            {
                Place(mentee, mentor, slot, _predecessorScore[mentor]);
            }

            if (mentee == source)
            {
                return;
            }

            mentor = fromMentor;
            slot = fromSlot;
            mentee = _predecessor[mentor];
        }
    }

    private void Place(int mentee, int mentor, int slot, T score)
    {
        _mentorOf[mentee] = mentor;
        _slotOf[mentee] = slot;
        _slotMentee[slot] = mentee;
        _scoreAtMentor[mentee] = score;
    }

    private void Relax(int mentor, T distance, int fromMentee, T score)
    {
        if (_state[mentor] == Unseen)
        {
            _state[mentor] = Labelled;
            _touched.Add(mentor);
        }
        else if (distance >= _distance[mentor])
        {
            return;
        }

        _distance[mentor] = distance;
        _predecessor[mentor] = fromMentee;
        _predecessorScore[mentor] = score;
        _heap.Push(distance, mentor);
    }

    private void ResetLabels()
    {
        foreach (var j in _touched)
        {
            _state[j] = Unseen;
        }

        _touched.Clear();
        _settled.Clear();
        _heap.Clear();
    }
}
