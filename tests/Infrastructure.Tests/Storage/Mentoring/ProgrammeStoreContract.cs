using MentorFlow.Domain.Storage;
using static MentorFlow.Infrastructure.Tests.Storage.Mentoring.MentoringData;

namespace MentorFlow.Infrastructure.Tests.Storage.Mentoring;

/// <summary>
/// The guarantees of <see cref="IProgrammeStore"/>, checked the same way for every store: a store's test class derives
/// from this and says how to open the store.
/// </summary>
public abstract class ProgrammeStoreContract : IAsyncLifetime
{
    protected IProgrammeStore Store { get; private set; } = null!;

    /// <summary>Opens the store under test; every call opens another object over the same data.</summary>
    protected abstract Task<IProgrammeStore> OpenStoreAsync();

    public virtual async Task InitializeAsync() => Store = await OpenStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_unknown_programme_is_not_found()
    {
        Assert.Null(await Store.GetAsync(NewProgrammeId(), Ct));
    }

    [Fact]
    public async Task An_added_programme_is_read_back_as_it_was_given()
    {
        var id = NewProgrammeId();
        var draft = Programme(id);

        var added = await Store.TryAddAsync(id, draft, At, Ct);
        var read = await Store.GetAsync(id, Ct);

        Assert.NotNull(added);
        Assert.NotNull(read);
        AssertSameDraft(draft, read.Draft);
        Assert.Equal(added.Version, read.Version);
        Assert.False(string.IsNullOrWhiteSpace(read.Version));
        Assert.Equal(At, read.UpdatedAt);
    }

    [Fact]
    public async Task Adding_an_id_that_exists_changes_nothing()
    {
        var id = NewProgrammeId();
        var first = await Store.TryAddAsync(id, Programme(id, "First"), At, Ct);

        var second = await Store.TryAddAsync(id, Programme(id, "Second"), At.AddHours(1), Ct);

        Assert.Null(second);
        var read = await Store.GetAsync(id, Ct);
        Assert.Equal("First", read!.Draft.Name);
        Assert.Equal(first!.Version, read.Version);
    }

    [Fact]
    public async Task Put_without_a_version_creates_a_missing_programme()
    {
        var id = NewProgrammeId();

        var put = await Store.PutAsync(id, Programme(id), expectedVersion: null, At, Ct);

        Assert.NotNull(put);
        Assert.Equal(put.Version, (await Store.GetAsync(id, Ct))!.Version);
    }

    [Fact]
    public async Task Put_of_a_changed_draft_replaces_it_with_a_new_version()
    {
        var id = NewProgrammeId();
        var first = await Store.TryAddAsync(id, Programme(id, "First"), At, Ct);

        var second = await Store.PutAsync(id, Programme(id, "Second"), first!.Version, At.AddHours(1), Ct);

        Assert.NotNull(second);
        Assert.NotEqual(first.Version, second.Version);
        var read = await Store.GetAsync(id, Ct);
        Assert.Equal("Second", read!.Draft.Name);
        Assert.Equal(second.Version, read.Version);
        Assert.Equal(At.AddHours(1), read.UpdatedAt);
    }

    [Fact]
    public async Task Put_with_a_stale_version_changes_nothing()
    {
        var id = NewProgrammeId();
        var first = await Store.TryAddAsync(id, Programme(id, "First"), At, Ct);
        var second = await Store.PutAsync(id, Programme(id, "Second"), first!.Version, At, Ct);

        var stale = await Store.PutAsync(id, Programme(id, "Third"), first.Version, At, Ct);

        Assert.Null(stale);
        var read = await Store.GetAsync(id, Ct);
        Assert.Equal("Second", read!.Draft.Name);
        Assert.Equal(second!.Version, read.Version);
    }

    [Fact]
    public async Task Put_with_a_version_of_a_missing_programme_creates_nothing()
    {
        var id = NewProgrammeId();

        Assert.Null(await Store.PutAsync(id, Programme(id), "no-such-version", At, Ct));
        Assert.Null(await Store.GetAsync(id, Ct));
    }

    [Fact]
    public async Task Repeating_a_put_that_succeeded_succeeds_again_with_the_same_version()
    {
        var id = NewProgrammeId();
        var first = await Store.TryAddAsync(id, Programme(id, "First"), At, Ct);
        var second = await Store.PutAsync(id, Programme(id, "Second"), first!.Version, At.AddHours(1), Ct);

        var repeated = await Store.PutAsync(id, Programme(id, "Second"), first.Version, At.AddHours(2), Ct);

        Assert.NotNull(repeated);
        Assert.Equal(second!.Version, repeated.Version);
        Assert.Equal(At.AddHours(1), (await Store.GetAsync(id, Ct))!.UpdatedAt);
    }

    [Fact]
    public async Task Another_store_object_over_the_same_data_reads_what_was_written()
    {
        var id = NewProgrammeId();
        var added = await Store.TryAddAsync(id, Programme(id), At, Ct);

        var reopened = await OpenStoreAsync();

        Assert.Equal(added!.Version, (await reopened.GetAsync(id, Ct))!.Version);
    }

    [Fact]
    public async Task Of_concurrent_adds_of_one_id_exactly_one_wins()
    {
        var id = NewProgrammeId();
        var stores = await OpenStoresAsync(4);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => stores[i % stores.Count].TryAddAsync(id, Programme(id, $"Attempt {i}"), At, Ct))));

        var winner = Assert.Single(answers, a => a is not null);
        Assert.Equal(winner!.Draft.Name, (await Store.GetAsync(id, Ct))!.Draft.Name);
    }

    [Fact]
    public async Task Of_concurrent_puts_of_one_version_exactly_one_wins()
    {
        var id = NewProgrammeId();
        var first = await Store.TryAddAsync(id, Programme(id, "First"), At, Ct);
        var stores = await OpenStoresAsync(4);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => stores[i % stores.Count].PutAsync(id, Programme(id, $"Update {i}"), first!.Version, At, Ct))));

        var winner = Assert.Single(answers, a => a is not null);
        Assert.Equal(winner!.Version, (await Store.GetAsync(id, Ct))!.Version);
    }

    private async Task<IReadOnlyList<IProgrammeStore>> OpenStoresAsync(int count)
    {
        var stores = new List<IProgrammeStore>();
        for (var i = 0; i < count; i++)
        {
            stores.Add(await OpenStoreAsync());
        }

        return stores;
    }
}
