using System.Numerics;

namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// The exact core: a bidding warm start, then the Hungarian method in phases (shortest augmenting paths,
/// as in Jonker–Volgenant, found for many mentees per search), both run directly on mentors with
/// capacities, never on capacity-expanded columns. It keeps its assignment and prices between
/// candidate-widening rounds: a mentee given new pairs is reopened and placed again, and the rest of the
/// solution stays.
/// <para>
/// Duals: each mentor j has a price p_j ≥ 0 and each placed mentee i earns w_i = a_ij − p_j ≥ 0 at its
/// mentor. Invariants kept throughout: every placed mentee sits at a best mentor for the current prices
/// (w_i ≥ a_ik − p_k for each of its pairs k), a mentee left out has no pair worth more than 0, and no
/// mentor exceeds its capacity. At the end of <see cref="Solve"/> and <see cref="Resolve"/> also only a
/// full mentor has a positive price; these are the complementary slackness conditions of the linear
/// programme, which prove the assignment optimal on the candidate pairs. Any prices ≥ 0 satisfy the
/// invariants while nobody is placed, which is what lets the solver start from estimated prices.
/// </para>
/// <para>
/// Forward phases (<see cref="PlaceInPhases"/>): one Dijkstra's search from every mentee still to place,
/// over reduced costs, finds the distance D to the nearest mentor with room or to "leaving out" (a virtual
/// mentor with index <c>mentorCount</c>); the prices of the mentors settled before D rise so that every
/// shortest path becomes tight; then depth-first searches along tight pairs place as many mentees as they
/// can. With tied scores one search serves many mentees, where a search per mentee explored the same tied
/// region again and again. Reverse search (<see cref="Repair"/>): reopening a mentee, or starting from
/// estimated prices, can leave a mentor with room and a positive price; Dijkstra's search from that mentor,
/// over the mentees who could move to it, lowers prices until a mentee left out joins, or a chain of moves
/// ends at a mentor whose price reaches 0. It is the same shortest path problem seen from the other end of
/// the flow network, so both keep the invariants.
/// </para>
/// Tie rule (documented on <see cref="AssignmentSolver"/>): mentees are met in index order; equal values go
/// to the lower mentor index; bidding never displaces an earlier mentee for an equal total; a mentee to place
/// first looks for a tight path to a mentor with room, then leaves itself out if that costs nothing, and only
/// then leaves out a mentee further along a tight path.
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
    private readonly int[][] _pairMentors;
    private readonly T[][] _pairScores;

    private readonly int[] _slotStart;
    private readonly int[] _slotMentee;
    private readonly int[] _load;
    private readonly int[] _mentorOf;
    private readonly int[] _slotOf;
    private readonly T[] _scoreAtMentor;
    private readonly T[] _prices;
    private readonly List<int> _reopened = [];
    private readonly T[] _value;

    private readonly T[] _distance;
    private readonly int[] _predecessor;
    private readonly int[] _towards;
    private readonly T[] _predecessorScore;
    private readonly byte[] _state;
    private readonly List<int> _touched = [];
    private readonly List<int> _settled = [];
    private readonly LabelHeap<T> _heap = new();
    private readonly int[] _visitedToPlace;
    private readonly int[] _visitedToLeaveOut;
    private readonly List<int> _stack = [];
    private readonly List<int> _cursor = [];
    private int _stamp;

    /// <summary>Starts with nobody placed; <paramref name="pairMentors"/> (each mentee's candidates in ascending
    /// mentor order) and <paramref name="pairScores"/> (their scores in the solver's arithmetic) are held, not copied.</summary>
    public ShortestAugmentingPaths(int menteeCount, int[] capacities, int[][] pairMentors, T[][] pairScores)
    {
        _menteeCount = menteeCount;
        _mentorCount = capacities.Length;
        _capacities = capacities;
        _pairMentors = pairMentors;
        _pairScores = pairScores;

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
        _towards = new int[_mentorCount + 1];
        _predecessorScore = new T[_mentorCount + 1];
        _state = new byte[_mentorCount + 1];
        _value = new T[menteeCount];
        _visitedToPlace = new int[_mentorCount];
        _visitedToLeaveOut = new int[_mentorCount];
    }

    /// <summary>Each mentee's mentor, or -1 when left out.</summary>
    public int[] MentorOf => _mentorOf;

    /// <summary>Each placed mentee's score at its mentor (zero when left out).</summary>
    public T[] ScoreAtMentor => _scoreAtMentor;

    /// <summary>The mentor prices p_j of the dual certificate.</summary>
    public T[] Prices => _prices;

    /// <summary>
    /// Places every mentee, starting from the given prices (any prices ≥ 0 keep the invariants while nobody
    /// is placed; good estimates leave little for the searches to do).
    /// </summary>
    public void Solve(T[] startPrices, CancellationToken cancellationToken)
    {
        startPrices.CopyTo(_prices, 0);
        _reopened.AddRange(Bid());
        Resolve(cancellationToken);
    }

    /// <summary>
    /// Gives a mentee new candidate pairs (a superset of its old ones, in ascending mentor order) and takes it
    /// out of the solution until <see cref="Resolve"/>; its mentor's other mentees keep their places.
    /// </summary>
    public void Reopen(int mentee, int[] mentors, T[] scores)
    {
        _pairMentors[mentee] = mentors;
        _pairScores[mentee] = scores;
        var mentor = _mentorOf[mentee];
        if (mentor >= 0)
        {
            // Keep each mentor's occupied slots first: the last occupant takes the freed slot.
            var slot = _slotOf[mentee];
            var last = _slotStart[mentor] + --_load[mentor];
            var moved = _slotMentee[last];
            _slotMentee[slot] = moved;
            _slotOf[moved] = slot;
            _mentorOf[mentee] = -1;
            _slotOf[mentee] = -1;
            _scoreAtMentor[mentee] = T.Zero;
        }

        _reopened.Add(mentee);
    }

    /// <summary>
    /// Places the reopened mentees again (in index order), then lowers the price of every mentor left with
    /// room and a positive price (in index order), so the invariants and complementary slackness hold again.
    /// </summary>
    public void Resolve(CancellationToken cancellationToken)
    {
        _reopened.Sort();
        PlaceInPhases(_reopened, cancellationToken);
        _reopened.Clear();
        Columns? columns = null;
        for (var mentor = 0; mentor < _mentorCount; mentor++)
        {
            while (_load[mentor] < _capacities[mentor] && _prices[mentor] > T.Zero)
            {
                cancellationToken.ThrowIfCancellationRequested();
                columns ??= new Columns(_menteeCount, _mentorCount, _pairMentors, _pairScores);
                Repair(mentor, columns);
            }
        }
    }

    /// <summary>
    /// Warm start by bidding (the augmenting row reduction of Jonker and Volgenant, on capacities): a mentee
    /// takes its best mentor at current prices when that mentor has room; when the mentor is full, the
    /// mentee outbids the occupant with the smallest margin (its advantage of this mentor over its next
    /// option), raising the price by no more than that margin and than the bidder's own advantage, so
    /// every mentee still placed stays at a best mentor and only a full mentor's price rises. The occupant
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
                // The mentee takes a best mentor with room; nobody else's value changes.
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
        var mentors = _pairMentors[mentee];
        var scores = _pairScores[mentee];
        for (var e = 0; e < mentors.Length; e++)
        {
            var j = mentors[e];
            if (j == excluded)
            {
                continue;
            }

            var value = scores[e] - _prices[j];
            if (best < 0 || value > bestValue)
            {
                if (best >= 0 && bestValue > secondValue)
                {
                    secondValue = bestValue;
                }

                bestValue = value;
                best = j;
                roomAtBest = _load[j] < _capacities[j] ? j : -1;
                continue;
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

        return (best, bestValue, secondValue, roomAtBest);
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

    private T ScoreOf(int mentee, int mentor) =>
        _pairScores[mentee][Array.BinarySearch(_pairMentors[mentee], mentor)];

    /// <summary>
    /// Places the given mentees (ascending) by the Hungarian method in phases: one Dijkstra's search from all
    /// of them at once finds the shortest distance D to any free place, prices rise so that every shortest
    /// path becomes tight, and then as many mentees as possible are placed along tight paths (depth-first,
    /// each mentor visited once per phase). On tie-heavy scores one phase places many mentees where a
    /// search per mentee would explore the same tied region again and again.
    /// </summary>
    private void PlaceInPhases(List<int> sources, CancellationToken cancellationToken)
    {
        var pending = new List<int>(sources);
        var stillPending = new List<int>();
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var source in pending)
            {
                _value[source] = BestValue(source);
            }

            var (d, end) = SearchFromAll(pending);
            foreach (var j in _settled)
            {
                _prices[j] += d - _distance[j];
            }

            foreach (var source in pending)
            {
                _value[source] -= d;
            }

            _stamp++;
            stillPending.Clear();
            foreach (var source in pending)
            {
                if (!TryPlace(source, leaveOutAllowed: false, _stamp) && !TryPlace(source, leaveOutAllowed: true, _stamp))
                {
                    stillPending.Add(source);
                }
            }

            if (stillPending.Count == pending.Count)
            {
                // Tightness is tested by equality; in double arithmetic rounding can hide every tight path.
                // The search's own shortest path still exists: follow it, so every phase places someone.
                stillPending.Remove(ShiftAlongShortestPath(end));
            }

            (pending, stillPending) = (stillPending, pending);
        }
    }

    /// <summary>The mentee's best value over its pairs and leaving out (0).</summary>
    private T BestValue(int mentee)
    {
        var best = T.Zero;
        var mentors = _pairMentors[mentee];
        var scores = _pairScores[mentee];
        for (var e = 0; e < mentors.Length; e++)
        {
            best = T.Max(best, scores[e] - _prices[mentors[e]]);
        }

        return best;
    }

    /// <summary>
    /// Multi-source Dijkstra over reduced costs (all ≥ 0); returns the distance to the nearest mentor with
    /// room or to leaving out, and that end (the virtual mentor for leaving out).
    /// </summary>
    private (T Distance, int End) SearchFromAll(List<int> sources)
    {
        ResetLabels();
        var virtualMentor = _mentorCount;
        foreach (var source in sources)
        {
            RelaxReduced(source, T.Zero, _value[source]);
        }

        while (true)
        {
            var (distance, j) = _heap.Pop();
            if (_state[j] == Settled || distance != _distance[j])
            {
                continue;
            }

            if (j == virtualMentor || _load[j] < _capacities[j])
            {
                return (distance, j);
            }

            _state[j] = Settled;
            _settled.Add(j);
            for (var slot = _slotStart[j]; slot < _slotStart[j] + _load[j]; slot++)
            {
                var mentee = _slotMentee[slot];
                RelaxReduced(mentee, distance, _scoreAtMentor[mentee] - _prices[j]);
            }
        }
    }

    private void RelaxReduced(int mentee, T reached, T value)
    {
        Relax(_mentorCount, reached + value, mentee, T.Zero);
        var mentors = _pairMentors[mentee];
        var scores = _pairScores[mentee];
        for (var e = 0; e < mentors.Length; e++)
        {
            var k = mentors[e];
            if (_state[k] != Settled)
            {
                Relax(k, reached + value + _prices[k] - scores[e], mentee, scores[e]);
            }
        }
    }

    /// <summary>
    /// Depth-first search for a tight path from the source to a mentor with room, or (when allowed) to a
    /// mentee on the path leaving out at no loss; the source itself leaves out first, so a mentee already
    /// placed is not left out in favour of it. Moves the mentees along the path found.
    /// </summary>
    private bool TryPlace(int source, bool leaveOutAllowed, int stamp)
    {
        var visited = leaveOutAllowed ? _visitedToLeaveOut : _visitedToPlace;

        if (leaveOutAllowed && _value[source] == T.Zero)
        {
            return true; // left out: _mentorOf stays -1
        }

        _stack.Clear();
        _cursor.Clear();
        _stack.Add(source);
        _cursor.Add(0);
        while (_stack.Count > 0)
        {
            var top = _stack.Count - 1;
            var node = _stack[top];
            var cursor = _cursor[top]++;
            if ((top & 1) == 0)
            {
                // A mentee: its tight pairs, then (not for the source) leaving out.
                var value = top == 0 ? _value[node] : _scoreAtMentor[node] - _prices[_mentorOf[node]];
                var mentors = _pairMentors[node];
                if (cursor < mentors.Length)
                {
                    var k = mentors[cursor];
                    if (visited[k] != stamp && value + _prices[k] - _pairScores[node][cursor] == T.Zero)
                    {
                        visited[k] = stamp;
                        if (_load[k] < _capacities[k])
                        {
                            _stack.Add(k);
                            MoveAlong(leftOut: -1);
                            return true;
                        }

                        _stack.Add(k);
                        _cursor.Add(0);
                    }

                    continue;
                }

                if (top > 0 && leaveOutAllowed && value == T.Zero)
                {
                    MoveAlong(leftOut: node);
                    return true;
                }

                _stack.RemoveAt(top);
                _cursor.RemoveAt(top);
                continue;
            }

            // A full mentor: its occupants, each of whom could move on.
            if (cursor < _load[node])
            {
                _stack.Add(_slotMentee[_slotStart[node] + cursor]);
                _cursor.Add(0);
                continue;
            }

            _stack.RemoveAt(top);
            _cursor.RemoveAt(top);
        }

        return false;
    }

    /// <summary>
    /// Applies the path on the stack (mentee, mentor, mentee, mentor, …): each mentee moves to the mentor after
    /// it; the last mentor has room, or the last mentee (<paramref name="leftOut"/>) leaves out.
    /// </summary>
    private void MoveAlong(int leftOut)
    {
        var last = _stack.Count - 1;
        if (leftOut >= 0)
        {
            Unplace(leftOut);
            last--;
        }

        // From the far end, so that each mentee finds the place the next one freed.
        for (var position = last; position >= 1; position -= 2)
        {
            var mentor = _stack[position];
            var mentee = _stack[position - 1];
            if (position - 1 > 0)
            {
                Unplace(mentee);
            }

            Place(mentee, mentor, _slotStart[mentor] + _load[mentor]++, ScoreOf(mentee, mentor));
        }
    }

    /// <summary>Moves the mentees along the search's shortest path to <paramref name="end"/>; returns the mentee to place it started from.</summary>
    private int ShiftAlongShortestPath(int end)
    {
        var mentee = _predecessor[end];
        var mentor = end;
        while (true)
        {
            var from = _mentorOf[mentee];
            if (from >= 0)
            {
                Unplace(mentee);
            }

            if (mentor < _mentorCount)
            {
                Place(mentee, mentor, _slotStart[mentor] + _load[mentor]++, _predecessorScore[mentor]);
            }

            if (from < 0)
            {
                return mentee;
            }

            mentor = from;
            mentee = _predecessor[from];
        }
    }

    private void Unplace(int mentee)
    {
        var mentor = _mentorOf[mentee];
        var slot = _slotOf[mentee];
        var lastSlot = _slotStart[mentor] + --_load[mentor];
        var moved = _slotMentee[lastSlot];
        _slotMentee[slot] = moved;
        _slotOf[moved] = slot;
        _mentorOf[mentee] = -1;
        _slotOf[mentee] = -1;
        _scoreAtMentor[mentee] = T.Zero;
    }

    /// <summary>A score in the solver's arithmetic: scaled to an integer when <paramref name="scale"/> is a power of ten, as is when 0.</summary>
    internal static T Scaled(double score, double scale) =>
        scale > 0 ? T.CreateTruncating(Math.Round(score * scale)) : T.CreateTruncating(score);

    /// <summary>
    /// Dijkstra's search from a mentor with room and a positive price. A mentor k is labelled with how far
    /// the prices must fall before the chain of moves reaches it: mentee i at mentor m moves to k once k's
    /// price has fallen by its slack w_i − (a_ik − p_k), which frees a place at m. The search ends at the
    /// cheapest of: a mentee left out joining a settled mentor (its slack p_k − a_ik), or a settled mentor
    /// whose price falls to 0 (it may then keep a free place). Settled prices fall by (end − label), the
    /// mirror of the forward phases, so every pair still pays no more than its mentee's profit.
    /// </summary>
    private void Repair(int start, Columns columns)
    {
        ResetLabels();
        _distance[start] = T.Zero;
        _state[start] = Labelled;
        _touched.Add(start);
        _heap.Push(T.Zero, start);

        var endMentor = -1;
        var joiner = -1;
        var endDistance = T.Zero;
        while (_heap.Count > 0)
        {
            var (distance, k) = _heap.Pop();
            if (_state[k] == Settled || distance != _distance[k])
            {
                continue;
            }

            if (endMentor >= 0 && distance >= endDistance)
            {
                break;
            }

            _state[k] = Settled;
            _settled.Add(k);
            if (endMentor < 0 || distance + _prices[k] < endDistance)
            {
                (endMentor, joiner, endDistance) = (k, -1, distance + _prices[k]);
            }

            for (var c = columns.Start[k]; c < columns.Start[k + 1]; c++)
            {
                var mentee = columns.Mentees[c];
                var from = _mentorOf[mentee];
                if (from == k)
                {
                    continue;
                }

                var score = columns.Scores[c];
                if (from < 0)
                {
                    var joining = distance + _prices[k] - score;
                    if (joining < endDistance)
                    {
                        (endMentor, joiner, endDistance) = (k, mentee, joining);
                    }

                    continue;
                }

                if (_state[from] == Settled)
                {
                    continue;
                }

                var label = distance + (_scoreAtMentor[mentee] - _prices[from]) - (score - _prices[k]);
                if (_state[from] == Unseen || label < _distance[from])
                {
                    if (_state[from] == Unseen)
                    {
                        _state[from] = Labelled;
                        _touched.Add(from);
                    }

                    _distance[from] = label;
                    _predecessor[from] = mentee;
                    _towards[from] = k;
                    _predecessorScore[from] = score;
                    _heap.Push(label, from);
                }
            }
        }

        foreach (var k in _settled)
        {
            // Never below 0 (the end bounds the fall); the clamp only absorbs rounding in double arithmetic.
            _prices[k] = T.Max(T.Zero, _prices[k] - (endDistance - _distance[k]));
        }

        // Moves from the start outwards, so each mentee finds the place the previous one freed.
        var chain = new List<int>();
        for (var m = endMentor; m != start; m = _towards[m])
        {
            chain.Add(m);
        }

        for (var c = chain.Count - 1; c >= 0; c--)
        {
            var m = chain[c];
            var mentee = _predecessor[m];
            var slot = _slotOf[mentee];
            var to = _towards[m];
            var last = _slotStart[m] + --_load[m];
            var moved = _slotMentee[last];
            _slotMentee[slot] = moved;
            _slotOf[moved] = slot;
            Place(mentee, to, _slotStart[to] + _load[to]++, _predecessorScore[m]);
        }

        if (joiner >= 0)
        {
            Place(joiner, endMentor, _slotStart[endMentor] + _load[endMentor]++, ScoreOf(joiner, endMentor));
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

    /// <summary>The candidate pairs seen from the mentors' side, in ascending mentee order, for the reverse search.</summary>
    private sealed class Columns
    {
        public Columns(int menteeCount, int mentorCount, int[][] pairMentors, T[][] pairScores)
        {
            Start = new int[mentorCount + 1];
            for (var i = 0; i < menteeCount; i++)
            {
                foreach (var j in pairMentors[i])
                {
                    Start[j + 1]++;
                }
            }

            for (var j = 0; j < mentorCount; j++)
            {
                Start[j + 1] += Start[j];
            }

            Mentees = new int[Start[mentorCount]];
            Scores = new T[Start[mentorCount]];
            var next = Start[..^1];
            for (var i = 0; i < menteeCount; i++)
            {
                var mentors = pairMentors[i];
                for (var e = 0; e < mentors.Length; e++)
                {
                    var position = next[mentors[e]]++;
                    Mentees[position] = i;
                    Scores[position] = pairScores[i][e];
                }
            }
        }

        public int[] Start { get; }

        public int[] Mentees { get; }

        public T[] Scores { get; }
    }
}
