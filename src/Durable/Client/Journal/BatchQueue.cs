using System.Collections.Concurrent;

namespace MentorFlow.Durable.Client.Journal;

/// <summary>
/// A queue that many threads add to and one thread takes from in batches. The taker sleeps while the queue is empty
/// (or, gathering, until enough is there) and is woken by the add that brings it, without spinning first: under a
/// steady stream of appends it finds the queue empty after every sync, and a <see cref="BlockingCollection{T}"/>'s
/// semaphore yielded the thread over and over before it slept (about 7 % of the journal thread's samples under load,
/// and most of the host's 21,500 sched_yield calls a second).
/// </summary>
internal sealed class BatchQueue<T>
{
    private readonly ConcurrentQueue<T> _items = new();
    private readonly object _gate = new(); // Monitor's wait and pulse: System.Threading.Lock has none
    private int _sleeping;
    private int _count; // items queued: added and not yet taken
    private int _wanted = 1; // how many queued items wake the sleeping taker
    private volatile bool _completed;

    /// <summary>True once <see cref="Complete"/> was called: adds are refused from then on.</summary>
    public bool IsCompleted => _completed;

    /// <summary>
    /// Adds <paramref name="item"/>; false when the queue is completed. An add racing with <see cref="Complete"/> may
    /// return true after the taker has stopped: whoever completes must then <see cref="TryTake"/> what is left.
    /// </summary>
    public bool TryAdd(T item)
    {
        if (_completed)
        {
            return false;
        }

        _items.Enqueue(item);
        int count = Interlocked.Increment(ref _count);

        // The enqueue and the increment are full fences, as is the taker's exchange before it looks at the queue a last
        // time: either it sees this item, or this sees it asleep. Only the add that finds it asleep, with as many items
        // queued as it waits for, wakes it.
        if (Volatile.Read(ref _sleeping) != 0 && count >= Volatile.Read(ref _wanted) && Interlocked.Exchange(ref _sleeping, 0) != 0)
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }

        return true;
    }

    /// <summary>Takes one item if there is one, without waiting.</summary>
    public bool TryTake(out T item)
    {
        if (!_items.TryDequeue(out item!))
        {
            return false;
        }

        Interlocked.Decrement(ref _count);
        return true;
    }

    /// <summary>
    /// Waits until the queue holds something and moves up to <paramref name="max"/> items into <paramref name="batch"/>;
    /// false (with nothing taken) once the queue is completed and empty. One thread only. When fewer than
    /// <paramref name="gather"/> items are there, it waits once for the rest, for at most <paramref name="gatherFor"/>
    /// milliseconds, and then takes what there is; a <paramref name="gather"/> of 1 or less takes whatever is there at once.
    /// </summary>
    public bool TakeBatch(List<T> batch, int max, int gather = 1, int gatherFor = 0)
    {
        while (true)
        {
            // Read before taking: whatever was added before completing is taken before this says there is no more.
            bool completed = _completed;
            Take(batch, max);
            if (batch.Count > 0)
            {
                int wanted = Math.Min(gather, max);
                if (batch.Count < wanted && gatherFor > 0 && !completed)
                {
                    Sleep(wanted - batch.Count, gatherFor);
                    Take(batch, max);
                }

                return true;
            }

            if (completed)
            {
                return false;
            }

            Sleep(1, Timeout.Infinite);
        }
    }

    private void Take(List<T> batch, int max)
    {
        while (batch.Count < max && TryTake(out T item))
        {
            batch.Add(item);
        }
    }

    // Until `wanted` items are queued, the queue is completed, or `timeout` milliseconds pass.
    private void Sleep(int wanted, int timeout)
    {
        lock (_gate)
        {
            // Written before the exchange, which fences it: an adder that sees the taker asleep sees what it waits for.
            Volatile.Write(ref _wanted, wanted);
            Interlocked.Exchange(ref _sleeping, 1);
            while (Volatile.Read(ref _count) < wanted && !_completed && Volatile.Read(ref _sleeping) != 0)
            {
                if (!Monitor.Wait(_gate, timeout))
                {
                    break;
                }
            }

            Volatile.Write(ref _sleeping, 0);
            Volatile.Write(ref _wanted, 1);
        }
    }

    /// <summary>Refuses further adds and wakes the taker, which takes what is left and then stops.</summary>
    public void Complete()
    {
        _completed = true;
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }
}
