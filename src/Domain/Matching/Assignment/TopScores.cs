namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// Keeps the <c>limit</c> best (mentor, score) offers of one mentee in a small min-heap whose root is the
/// worst kept offer; an equal score never displaces an earlier (lower-index) mentor, so the choice is stable.
/// </summary>
internal sealed class TopScores(int limit)
{
    private readonly int[] _mentors = new int[limit];
    private readonly double[] _scores = new double[limit];
    private int _count;

    public double BestLeftOut { get; private set; }

    /// <summary>The score an offer must beat to be kept: 0 until the heap is full, then the worst kept score.</summary>
    public double Threshold => _count < _mentors.Length || _count == 0 ? 0 : _scores[0];

    /// <summary>Records a score the caller left out without offering it.</summary>
    public void LeaveOut(double score) => BestLeftOut = Math.Max(BestLeftOut, score);

    public void Clear()
    {
        _count = 0;
        BestLeftOut = 0;
    }

    public void Offer(int mentor, double score)
    {
        if (_count < _mentors.Length)
        {
            _mentors[_count] = mentor;
            _scores[_count] = score;
            SiftUp(_count++);
        }
        else if (_count > 0 && score > _scores[0])
        {
            BestLeftOut = Math.Max(BestLeftOut, _scores[0]);
            _mentors[0] = mentor;
            _scores[0] = score;
            SiftDown(0);
        }
        else
        {
            BestLeftOut = Math.Max(BestLeftOut, score);
        }
    }

    public (int[] Mentors, double[] Scores) TakeInMentorOrder()
    {
        var mentors = _mentors.AsSpan(0, _count).ToArray();
        var scores = _scores.AsSpan(0, _count).ToArray();
        Array.Sort(mentors, scores);
        return (mentors, scores);
    }

    /// <summary>True when offer a is worse than offer b: a lower score, or the same score from a later mentor.</summary>
    private bool Worse(int a, int b) =>
        _scores[a] < _scores[b] || (_scores[a] == _scores[b] && _mentors[a] > _mentors[b]);

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
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
    }
}
