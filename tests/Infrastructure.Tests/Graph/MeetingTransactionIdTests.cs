using MentorFlow.Infrastructure.Graph;

namespace MentorFlow.Infrastructure.Tests.Graph;

public sealed class MeetingTransactionIdTests
{
    [Fact]
    public void The_same_journey_and_cycle_always_give_the_same_id()
    {
        Assert.Equal(MeetingTransactionId.For("journey-42/cycle-3"), MeetingTransactionId.For("journey-42/cycle-3"));
    }

    [Fact]
    public void Another_cycle_gives_another_id()
    {
        Assert.NotEqual(MeetingTransactionId.For("journey-42/cycle-3"), MeetingTransactionId.For("journey-42/cycle-4"));
    }

    [Fact]
    public void The_id_is_short_and_does_not_reveal_the_key()
    {
        var id = MeetingTransactionId.For("journey-42/cycle-3");

        Assert.Matches("^mf-[0-9a-f]{32}$", id);
    }
}
