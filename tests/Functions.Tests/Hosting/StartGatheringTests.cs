using MentorFlow.Functions.Hosting;
using Microsoft.AspNetCore.Connections;

namespace MentorFlow.Functions.Tests.Hosting;

/// <summary>The journal's gather target follows the open connections: a quarter of them, at most 64, from 32 on.</summary>
public sealed class StartGatheringTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(31, 0)]
    [InlineData(32, 8)]
    [InlineData(64, 16)]
    [InlineData(256, 64)]
    [InlineData(10_000, 64)]
    public void The_target_is_a_quarter_of_the_connections_at_most_64_and_none_below_32(int open, int target)
    {
        Assert.Equal(target, StartGathering.TargetFor(open));
    }

    [Fact]
    public async Task Each_connection_counts_while_it_is_served_and_the_target_follows()
    {
        var targets = new List<int>();
        var gathering = new StartGathering(target => { lock (targets) { targets.Add(target); } });
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var served = 0;
        var connection = gathering.Count(async _ =>
        {
            Interlocked.Increment(ref served);
            await release.Task;
        });

        var open = Enumerable.Range(0, 40).Select(i => connection(new DefaultConnectionContext($"c{i}"))).ToList();
        Assert.Equal(40, gathering.Open);
        Assert.Equal(40, served);
        Assert.Equal(10, targets[^1]);
        Assert.Equal(0, targets[30]);
        Assert.Equal(8, targets[31]);

        release.SetResult();
        await Task.WhenAll(open);

        Assert.Equal(0, gathering.Open);
        Assert.Equal(0, targets[^1]);
        Assert.Equal(80, targets.Count);
    }

    [Fact]
    public async Task A_connection_that_fails_is_counted_out_too()
    {
        var target = -1;
        var gathering = new StartGathering(value => target = value);
        var connection = gathering.Count(_ => throw new ConnectionResetException("reset"));

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<ConnectionResetException>(() => connection(new DefaultConnectionContext($"c{i}")));
        }

        Assert.Equal(0, gathering.Open);
        Assert.Equal(0, target);
    }
}
