using MentorFlow.Infrastructure.SendGrid;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(8);

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 0.999, 999.5)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(3, 0.5, 3000)]
    public void Doubles_each_step_with_half_of_it_random(int retry, double jitter, double expectedMilliseconds)
    {
        Assert.Equal(expectedMilliseconds, RetryBackoff.Delay(retry, First, Max, jitter).TotalMilliseconds, precision: 3);
    }

    [Fact]
    public void Never_waits_longer_than_the_cap()
    {
        Assert.Equal(Max, RetryBackoff.Delay(20, First, Max, jitter: 1.0));
    }
}
