using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

/// <summary>
/// The guarantees of a durable <see cref="IEventDeduplicator"/>, checked the same way for every store: a store's test
/// class derives from this and says how to open the store over the same data.
/// </summary>
public abstract class EventDeduplicatorContract : IAsyncLifetime
{
    protected static readonly TimeSpan Retention = TimeSpan.FromDays(3);

    protected InstantTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Opens the store under test; every call opens another object over the same data, as another process would.</summary>
    protected abstract Task<IEventDeduplicator> OpenAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_event_not_recorded_is_not_handled()
    {
        var store = await OpenAsync();

        Assert.False(await store.IsHandledAsync("ev-unknown", CancellationToken.None));
    }

    [Fact]
    public async Task A_recorded_event_is_handled_for_every_instance_over_the_same_data()
    {
        var first = await OpenAsync();
        await first.MarkHandledAsync("ev-1/with+slash==", CancellationToken.None);

        var second = await OpenAsync();

        Assert.True(await second.IsHandledAsync("ev-1/with+slash==", CancellationToken.None));
        Assert.False(await second.IsHandledAsync("ev-2", CancellationToken.None));
    }

    [Fact]
    public async Task Recording_an_event_twice_is_harmless()
    {
        var store = await OpenAsync();

        await store.MarkHandledAsync("ev-3", CancellationToken.None);
        await store.MarkHandledAsync("ev-3", CancellationToken.None);

        Assert.True(await store.IsHandledAsync("ev-3", CancellationToken.None));
    }

    [Fact]
    public async Task An_event_is_forgotten_after_the_retention()
    {
        var store = await OpenAsync();
        await store.MarkHandledAsync("ev-4", CancellationToken.None);

        Clock.Advance(Retention - TimeSpan.FromMinutes(1));
        Assert.True(await store.IsHandledAsync("ev-4", CancellationToken.None));

        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await store.IsHandledAsync("ev-4", CancellationToken.None));
    }
}
