namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// Keeps the <c>limit</c> best offers of one mentee, ranked by a value (its score less the mentor's estimated
/// price), in a small min-heap whose root is the worst kept offer; an equal value never displaces an
/// earlier (lower-index) mentor, so the choice is stable. It also bounds what it leaves out: the best
/// score and the best value of an offer not kept.
/// </summary>
internal sealed class TopScores(int limit)
{
    private readonly int[] _mentors = new int[limit];
    private readonly double[] _values = new double[limit];
    private readonly double[] _scores = new double[limit];
    private int _count;
    private double _floor = double.NegativeInfinity;

    public double BestLeftOutScore { get; private set; }

    public double BestLeftOutValue { get; private set; }

    /// <summary>The value an offer must beat to be kept: the floor until the heap is full, then the worst kept value.</summary>
    public double Threshold => _count < _mentors.Length || _count == 0 ? _floor : Math.Max(_floor, _values[0]);

    public int Count => _count;

    public int Limit => _mentors.Length;

    /// <summary>Records an offer the caller left out without making it.</summary>
    public void LeaveOut(double value, double score)
    {
        BestLeftOutValue = Math.Max(BestLeftOutValue, value);
        BestLeftOutScore = Math.Max(BestLeftOutScore, score);
    }

    /// <summary>Starts over; offers worth no more than <paramref name="floor"/> will only count as left out.</summary>
    public void Clear(double floor = double.NegativeInfinity)
    {
        _floor = floor;
        _count = 0;
        BestLeftOutScore = 0;
        BestLeftOutValue = 0;
    }

    public void Offer(int mentor, double value, double score)
    {
        if (!(value > _floor))
        {
            LeaveOut(value, score);
        }
        else if (_count < _mentors.Length)
        {
            _mentors[_count] = mentor;
            _values[_count] = value;
            _scores[_count] = score;
            SiftUp(_count++);
        }
        else if (_count > 0 && value > _values[0])
        {
            LeaveOut(_values[0], _scores[0]);
            _mentors[0] = mentor;
            _values[0] = value;
            _scores[0] = score;
            SiftDown(0);
        }
        else
        {
            LeaveOut(value, score);
        }
    }

    public (int[] Mentors, double[] Scores) TakeInMentorOrder()
    {
        var mentors = _mentors.AsSpan(0, _count).ToArray();
        var scores = _scores.AsSpan(0, _count).ToArray();
        Array.Sort(mentors, scores);
        return (mentors, scores);
    }

    /// <summary>True when offer a is worse than offer b: a lower value, or the same value from a later mentor.</summary>
    private bool Worse(int a, int b) =>
        _values[a] < _values[b] || (_values[a] == _values[b] && _mentors[a] > _mentors[b]);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(i, parent))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < _count && Worse(left, worst))
            {
                worst = left;
            }

            if (right < _count && Worse(right, worst))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_mentors[a], _mentors[b]) = (_mentors[b], _mentors[a]);
        (_values[a], _values[b]) = (_values[b], _values[a]);
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
    }
}
