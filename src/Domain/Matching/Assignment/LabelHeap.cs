using System.Numerics;

namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// A binary min-heap of (distance, mentor) labels for Dijkstra's search, ordered by distance and then by
/// mentor index so that equal distances are settled in a fixed order. Outdated labels are left in place
/// and skipped by the caller (lazy deletion), which is cheaper than a decrease-key index here.
/// </summary>
internal sealed class LabelHeap<T>
    where T : struct, INumber<T>
{
    private T[] _keys = new T[64];
    private int[] _mentors = new int[64];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(T key, int mentor)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _mentors, Count * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Less(key, mentor, _keys[parent], _mentors[parent]))
            {
                break;
            }

            _keys[i] = _keys[parent];
            _mentors[i] = _mentors[parent];
            i = parent;
        }

        _keys[i] = key;
        _mentors[i] = mentor;
    }

    public (T Key, int Mentor) Pop()
    {
        var top = (_keys[0], _mentors[0]);
        var count = --Count;
        var key = _keys[count];
        var mentor = _mentors[count];
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Less(_keys[child + 1], _mentors[child + 1], _keys[child], _mentors[child]))
            {
                child++;
            }

            if (!Less(_keys[child], _mentors[child], key, mentor))
            {
                break;
            }

            _keys[i] = _keys[child];
            _mentors[i] = _mentors[child];
            i = child;
        }

        _keys[i] = key;
        _mentors[i] = mentor;
        return top;
    }

    private static bool Less(T keyA, int mentorA, T keyB, int mentorB) =>
        keyA < keyB || (keyA == keyB && mentorA < mentorB);
}
