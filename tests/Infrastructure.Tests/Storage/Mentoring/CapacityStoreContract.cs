using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using static MentorFlow.Infrastructure.Tests.Storage.Mentoring.MentoringData;

namespace MentorFlow.Infrastructure.Tests.Storage.Mentoring;

/// <summary>
/// The guarantees of <see cref="ICapacityStore"/>, checked the same way for every store: <see cref="CapacityLedger"/>'s
/// rules, kept atomically across store objects (as across processes), every change safe to repeat.
/// </summary>
public abstract class CapacityStoreContract : IAsyncLifetime
{
    private static readonly ParticipantId Mentor = new("p-mentor");
    private static readonly ParticipantId OtherMentor = new("p-other");
    private static readonly ParticipantId Ana = new("p-ana");
    private static readonly ParticipantId Ben = new("p-ben");
    private static readonly ParticipantId Cai = new("p-cai");

    private readonly ProgrammeId _programme = NewProgrammeId();

    protected ICapacityStore Store { get; private set; } = null!;

    /// <summary>Opens the store under test; every call opens another object over the same data.</summary>
    protected abstract Task<ICapacityStore> OpenStoreAsync();

    public virtual async Task InitializeAsync() => Store = await OpenStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_joined_mentor_has_a_seat_and_a_repeat_keeps_the_first_capacity()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        await Store.JoinAsync(_programme, Mentor, 5, Ct);

        var snapshot = await Store.ReadAsync(_programme, Ct);

        Assert.Equal([new MentorSeat(Mentor, 2, Paused: false)], snapshot.Seats);
        Assert.Empty(snapshot.Holdings);
    }

    [Fact]
    public async Task A_programme_without_mentors_reads_empty()
    {
        var snapshot = await Store.ReadAsync(NewProgrammeId(), Ct);

        Assert.Empty(snapshot.Seats);
        Assert.Empty(snapshot.Holdings);
    }

    [Fact]
    public async Task A_hold_takes_a_place_as_a_proposal()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);

        Assert.Equal(HoldOutcome.Held, await Store.TryHoldAsync(_programme, Ana, Mentor, Ct));

        var snapshot = await Store.ReadAsync(_programme, Ct);
        Assert.Equal([new Holding(Ana, Mentor, HoldingState.Proposed)], snapshot.Holdings);
        Assert.Equal(1, snapshot.ToLedger().Remaining(Mentor));
    }

    [Fact]
    public async Task Repeating_a_hold_finds_it_held_and_takes_no_second_place()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        await Store.TryHoldAsync(_programme, Ana, Mentor, Ct);

        Assert.Equal(HoldOutcome.Held, await Store.TryHoldAsync(_programme, Ana, Mentor, Ct));

        Assert.Single((await Store.ReadAsync(_programme, Ct)).Holdings);
    }

    [Fact]
    public async Task A_mentee_holding_a_place_cannot_hold_another()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        await Store.JoinAsync(_programme, OtherMentor, 2, Ct);
        await Store.TryHoldAsync(_programme, Ana, Mentor, Ct);

        Assert.Equal(HoldOutcome.HoldsAnother, await Store.TryHoldAsync(_programme, Ana, OtherMentor, Ct));

        Assert.Equal([new Holding(Ana, Mentor, HoldingState.Proposed)], (await Store.ReadAsync(_programme, Ct)).Holdings);
    }

    [Fact]
    public async Task A_full_mentor_refuses_a_hold_counting_proposals_and_mentorships()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        await Store.TryHoldAsync(_programme, Ana, Mentor, Ct);
        await Store.AcceptAsync(_programme, Ana, Ct);
        await Store.TryHoldAsync(_programme, Ben, Mentor, Ct);

        Assert.Equal(HoldOutcome.Full, await Store.TryHoldAsync(_programme, Cai, Mentor, Ct));

        Assert.Equal(2, (await Store.ReadAsync(_programme, Ct)).Holdings.Count);
    }

    [Fact]
    public async Task A_mentor_outside_the_pool_refuses_a_hold()
    {
        Assert.Equal(HoldOutcome.NotInPool, await Store.TryHoldAsync(_programme, Ana, Mentor, Ct));

        Assert.Empty((await Store.ReadAsync(_programme, Ct)).Holdings);
    }

    [Fact]
    public async Task A_seat_in_one_programme_is_not_a_seat_in_another()
    {
        await Store.JoinAsync(NewProgrammeId(), Mentor, 2, Ct);

        Assert.Equal(HoldOutcome.NotInPool, await Store.TryHoldAsync(_programme, Ana, Mentor, Ct));
    }

    [Fact]
    public async Task Accepting_turns_the_proposal_into_a_mentorship_and_a_repeat_answers_true_again()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        await Store.TryHoldAsync(_programme, Ana, Mentor, Ct);

        Assert.True(await Store.AcceptAsync(_programme, Ana, Ct));
        Assert.True(await Store.AcceptAsync(_programme, Ana, Ct));

        Assert.Equal([new Holding(Ana, Mentor, HoldingState.Active)], (await Store.ReadAsync(_programme, Ct)).Holdings);
    }

    [Fact]
    public async Task Accepting_without_a_place_answers_false()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);

        Assert.False(await Store.AcceptAsync(_programme, Ana, Ct));

        Assert.Empty((await Store.ReadAsync(_programme, Ct)).Holdings);
    }

    [Fact]
    public async Task Releasing_frees_the_place_and_names_the_mentor_once()
    {
        await Store.JoinAsync(_programme, Mentor, 1, Ct);
        await Store.TryHoldAsync(_programme, Ana, Mentor, Ct);
        await Store.AcceptAsync(_programme, Ana, Ct);

        Assert.Equal(Mentor, await Store.ReleaseAsync(_programme, Ana, Ct));
        Assert.Null(await Store.ReleaseAsync(_programme, Ana, Ct));

        Assert.Empty((await Store.ReadAsync(_programme, Ct)).Holdings);
        Assert.Equal(HoldOutcome.Held, await Store.TryHoldAsync(_programme, Ben, Mentor, Ct));
        Assert.False(await Store.AcceptAsync(_programme, Ana, Ct));
    }

    [Fact]
    public async Task Pausing_withdraws_open_proposals_keeps_mentorships_and_refuses_new_holds()
    {
        await Store.JoinAsync(_programme, Mentor, 3, Ct);
        await Store.JoinAsync(_programme, OtherMentor, 1, Ct);
        await Store.TryHoldAsync(_programme, Cai, Mentor, Ct);
        await Store.TryHoldAsync(_programme, Ana, Mentor, Ct);
        await Store.TryHoldAsync(_programme, Ben, Mentor, Ct);
        await Store.AcceptAsync(_programme, Ben, Ct);

        var withdrawn = await Store.PauseAsync(_programme, Mentor, Ct);

        Assert.Equal([Ana, Cai], withdrawn);
        var snapshot = await Store.ReadAsync(_programme, Ct);
        Assert.Equal([new Holding(Ben, Mentor, HoldingState.Active)], snapshot.Holdings);
        Assert.Contains(new MentorSeat(Mentor, 3, Paused: true), snapshot.Seats);
        Assert.Equal(HoldOutcome.Paused, await Store.TryHoldAsync(_programme, Ana, Mentor, Ct));
        Assert.Equal(HoldOutcome.Held, await Store.TryHoldAsync(_programme, Ana, OtherMentor, Ct));
    }

    [Fact]
    public async Task Pausing_again_withdraws_nothing_more()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        await Store.TryHoldAsync(_programme, Ana, Mentor, Ct);
        await Store.PauseAsync(_programme, Mentor, Ct);

        Assert.Empty(await Store.PauseAsync(_programme, Mentor, Ct));
    }

    [Fact]
    public async Task Pausing_a_mentor_outside_the_pool_changes_nothing()
    {
        Assert.Empty(await Store.PauseAsync(_programme, Mentor, Ct));

        Assert.Empty((await Store.ReadAsync(_programme, Ct)).Seats);
    }

    [Fact]
    public async Task A_resumed_mentor_takes_holds_again()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        await Store.PauseAsync(_programme, Mentor, Ct);

        await Store.ResumeAsync(_programme, Mentor, Ct);
        await Store.ResumeAsync(_programme, Mentor, Ct);

        Assert.Equal(HoldOutcome.Held, await Store.TryHoldAsync(_programme, Ana, Mentor, Ct));
        Assert.Equal([new MentorSeat(Mentor, 2, Paused: false)], (await Store.ReadAsync(_programme, Ct)).Seats);
    }

    [Fact]
    public async Task A_snapshot_lists_seats_by_mentor_and_places_by_mentee_and_makes_a_ledger()
    {
        await Store.JoinAsync(_programme, OtherMentor, 1, Ct);
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        await Store.TryHoldAsync(_programme, Cai, OtherMentor, Ct);
        await Store.TryHoldAsync(_programme, Ben, Mentor, Ct);
        await Store.AcceptAsync(_programme, Ben, Ct);

        var snapshot = await Store.ReadAsync(_programme, Ct);
        var ledger = snapshot.ToLedger();

        Assert.Equal([Mentor, OtherMentor], snapshot.Seats.Select(s => s.Mentor));
        Assert.Equal([Ben, Cai], snapshot.Holdings.Select(h => h.Mentee));
        Assert.Equal(1, ledger.Remaining(Mentor));
        Assert.Equal(0, ledger.Remaining(OtherMentor));
    }

    [Fact]
    public async Task Of_many_concurrent_holds_on_a_mentor_with_two_places_exactly_two_are_held()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        var stores = await OpenStoresAsync(4);
        var mentees = Enumerable.Range(0, 24).Select(i => new ParticipantId($"p-mentee-{i:D2}")).ToList();

        var outcomes = await Task.WhenAll(mentees.Select((mentee, i) =>
            Task.Run(() => stores[i % stores.Count].TryHoldAsync(_programme, mentee, Mentor, Ct))));

        Assert.Equal(2, outcomes.Count(o => o == HoldOutcome.Held));
        Assert.Equal(22, outcomes.Count(o => o == HoldOutcome.Full));
        var holdings = (await Store.ReadAsync(_programme, Ct)).Holdings;
        Assert.Equal(2, holdings.Count);
        Assert.Equal(
            mentees.Where((_, i) => outcomes[i] == HoldOutcome.Held).Select(m => m.Value).Order(StringComparer.Ordinal),
            holdings.Select(h => h.Mentee.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_hold_repeated_concurrently_takes_one_place()
    {
        await Store.JoinAsync(_programme, Mentor, 2, Ct);
        var stores = await OpenStoresAsync(4);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => stores[i % stores.Count].TryHoldAsync(_programme, Ana, Mentor, Ct))));

        Assert.All(outcomes, o => Assert.Equal(HoldOutcome.Held, o));
        Assert.Equal([new Holding(Ana, Mentor, HoldingState.Proposed)], (await Store.ReadAsync(_programme, Ct)).Holdings);
    }

    [Fact]
    public async Task Concurrent_holds_of_one_mentee_with_different_mentors_leave_one_place()
    {
        var mentors = Enumerable.Range(0, 8).Select(i => new ParticipantId($"p-mentor-{i}")).ToList();
        foreach (var mentor in mentors)
        {
            await Store.JoinAsync(_programme, mentor, 1, Ct);
        }

        var stores = await OpenStoresAsync(4);

        var outcomes = await Task.WhenAll(mentors.Select((mentor, i) =>
            Task.Run(() => stores[i % stores.Count].TryHoldAsync(_programme, Ana, mentor, Ct))));

        Assert.Single(outcomes, o => o == HoldOutcome.Held);
        Assert.Equal(7, outcomes.Count(o => o == HoldOutcome.HoldsAnother));
        Assert.Single((await Store.ReadAsync(_programme, Ct)).Holdings);
    }

    [Fact]
    public async Task Another_store_object_over_the_same_data_sees_the_places()
    {
        await Store.JoinAsync(_programme, Mentor, 1, Ct);
        await Store.TryHoldAsync(_programme, Ana, Mentor, Ct);

        var reopened = await OpenStoreAsync();

        Assert.Equal(HoldOutcome.Full, await reopened.TryHoldAsync(_programme, Ben, Mentor, Ct));
    }

    private async Task<IReadOnlyList<ICapacityStore>> OpenStoresAsync(int count)
    {
        var stores = new List<ICapacityStore>();
        for (var i = 0; i < count; i++)
        {
            stores.Add(await OpenStoreAsync());
        }

        return stores;
    }
}
