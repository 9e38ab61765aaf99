using MentorFlow.Infrastructure.SendGrid.EventWebhook;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

public sealed class InMemoryEventDeduplicatorTests
{
    [Fact]
    public async Task An_event_is_handled_once_recorded()
    {
        var deduplicator = new InMemoryEventDeduplicator();

        Assert.False(await deduplicator.IsHandledAsync("ev-1", CancellationToken.None));
        await deduplicator.MarkHandledAsync("ev-1", CancellationToken.None);

        Assert.True(await deduplicator.IsHandledAsync("ev-1", CancellationToken.None));
        Assert.False(await deduplicator.IsHandledAsync("ev-2", CancellationToken.None));
    }

    [Fact]
    public async Task Beyond_its_capacity_it_forgets_the_oldest_event_first()
    {
        var deduplicator = new InMemoryEventDeduplicator(capacity: 2);
        foreach (var id in new[] { "ev-1", "ev-2", "ev-3" })
        {
            await deduplicator.MarkHandledAsync(id, CancellationToken.None);
        }

        Assert.True(await deduplicator.IsHandledAsync("ev-3", CancellationToken.None));
        Assert.False(await deduplicator.IsHandledAsync("ev-1", CancellationToken.None));
    }
}
