using MentorFlow.Durable.Client.Journal;

namespace MentorFlow.Durable.Tests.Journal;

/// <summary>The journal's queue: many adders, one taker that sleeps while it is empty.</summary>
public sealed class BatchQueueTests
{
    [Fact]
    public async Task Every_item_added_from_many_threads_is_taken_exactly_once_in_batches_no_larger_than_asked()
    {
        var queue = new BatchQueue<int>();

        // Four adders, each pausing now and then so that the taker also finds the queue empty and sleeps.
        var batches = await TakeFromFourAddersAsync(queue, batch => queue.TakeBatch(batch, max: 7), pauseEvery: 500, pauseMilliseconds: 2);

        Assert.Equal(Enumerable.Range(0, 20_000), batches.SelectMany(batch => batch).Order());
        Assert.InRange(batches.Max(batch => batch.Count), 1, 7);
    }

    [Fact]
    public void A_sleeping_taker_is_woken_by_an_add_and_by_completing()
    {
        var queue = new BatchQueue<string>();
        var batches = new List<List<string>>();
        bool? lastResult = null;
        var taker = new Thread(() =>
        {
            var batch = new List<string>();
            while (queue.TakeBatch(batch, max: 10))
            {
                lock (batches)
                {
                    batches.Add([.. batch]);
                }

                batch.Clear();
            }

            lastResult = false;
        });
        taker.Start();

        // Let the taker find the queue empty and go to sleep first.
        Assert.False(taker.Join(TimeSpan.FromMilliseconds(200)));
        Assert.True(queue.TryAdd("a"));
        Assert.True(SpinWait.SpinUntil(() => { lock (batches) { return batches.Count == 1; } }, TimeSpan.FromSeconds(10)));
        Assert.Equal(["a"], batches[0]);

        Assert.False(taker.Join(TimeSpan.FromMilliseconds(200)));
        queue.Complete();
        Assert.True(taker.Join(TimeSpan.FromSeconds(10)));
        Assert.False(lastResult);
    }

    [Fact]
    public void After_completing_adds_are_refused_and_what_was_left_can_still_be_taken()
    {
        var queue = new BatchQueue<int>();
        Assert.True(queue.TryAdd(1));
        queue.Complete();

        Assert.True(queue.IsCompleted);
        Assert.False(queue.TryAdd(2));
        var batch = new List<int>();
        Assert.True(queue.TakeBatch(batch, max: 10));
        Assert.Equal([1], batch);
        batch.Clear();
        Assert.False(queue.TakeBatch(batch, max: 10));
        Assert.Empty(batch);
    }

    [Fact]
    public void A_gathering_taker_holds_its_batch_until_as_many_as_it_gathers_are_there()
    {
        var queue = new BatchQueue<int>();
        var batches = new List<List<int>>();
        var taker = new Thread(() =>
        {
            var batch = new List<int>();
            while (queue.TakeBatch(batch, max: 10, gather: 4, gatherFor: 600_000))
            {
                lock (batches)
                {
                    batches.Add([.. batch]);
                }

                batch.Clear();
            }
        });
        taker.Start();

        for (int i = 1; i <= 3; i++)
        {
            Assert.True(queue.TryAdd(i));
            Assert.False(SpinWait.SpinUntil(() => { lock (batches) { return batches.Count > 0; } }, TimeSpan.FromMilliseconds(100)));
        }

        Assert.True(queue.TryAdd(4));
        Assert.True(SpinWait.SpinUntil(() => { lock (batches) { return batches.Count == 1; } }, TimeSpan.FromSeconds(10)));
        Assert.Equal([1, 2, 3, 4], batches[0]);
        queue.Complete();
        Assert.True(taker.Join(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_gathering_taker_takes_fewer_once_its_wait_is_over()
    {
        var queue = new BatchQueue<int>();
        Assert.True(queue.TryAdd(1));
        Assert.True(queue.TryAdd(2));

        var batch = new List<int>();
        Assert.True(queue.TakeBatch(batch, max: 10, gather: 100, gatherFor: 1));

        Assert.Equal([1, 2], batch);
    }

    [Fact]
    public void Completing_ends_the_gathering_and_what_was_gathered_is_taken()
    {
        var queue = new BatchQueue<int>();
        var batches = new List<List<int>>();
        bool? lastResult = null;
        var taker = new Thread(() =>
        {
            var batch = new List<int>();
            while (queue.TakeBatch(batch, max: 10, gather: 5, gatherFor: 600_000))
            {
                batches.Add([.. batch]);
                batch.Clear();
            }

            lastResult = false;
        });
        taker.Start();
        Assert.True(queue.TryAdd(7));
        Assert.False(taker.Join(TimeSpan.FromMilliseconds(200)));

        queue.Complete();

        Assert.True(taker.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal([[7]], batches);
        Assert.False(lastResult);
    }

    [Fact]
    public async Task Gathering_takes_every_item_from_many_threads_exactly_once()
    {
        var queue = new BatchQueue<int>();

        var batches = await TakeFromFourAddersAsync(
            queue, batch => queue.TakeBatch(batch, max: 16, gather: 8, gatherFor: 1), pauseEvery: 100, pauseMilliseconds: 1);

        Assert.Equal(Enumerable.Range(0, 20_000), batches.SelectMany(batch => batch).Order());
    }

    // Four adders put 0 to 19,999 in the queue (each pausing every `pauseEvery` items) while one thread takes batches
    // with `take`; then the queue is completed. The batches taken, once the taker has stopped.
    private static async Task<List<List<int>>> TakeFromFourAddersAsync(
        BatchQueue<int> queue, Func<List<int>, bool> take, int pauseEvery, int pauseMilliseconds)
    {
        var batches = new List<List<int>>();
        var taker = new Thread(() =>
        {
            var batch = new List<int>();
            while (take(batch))
            {
                batches.Add([.. batch]);
                batch.Clear();
            }
        });
        taker.Start();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(adder => Task.Run(async () =>
        {
            for (int i = 0; i < 5_000; i++)
            {
                Assert.True(queue.TryAdd((adder * 5_000) + i));
                if (i % pauseEvery == 0)
                {
                    await Task.Delay(pauseMilliseconds);
                }
            }
        })));
        queue.Complete();
        Assert.True(taker.Join(TimeSpan.FromSeconds(30)), "the taker stopped once the queue was completed and empty");
        return batches;
    }
}
