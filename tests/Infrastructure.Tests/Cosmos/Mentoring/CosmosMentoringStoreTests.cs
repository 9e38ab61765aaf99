using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Infrastructure.Cosmos.Mentoring;

namespace MentorFlow.Infrastructure.Tests.Cosmos.Mentoring;

/// <summary>
/// The programme, participant and capacity stores on the emulator, each test class in its own database. (The shared
/// contract suite for these ports will run over them too once it is on main.)
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosMentoringStoreTests(CosmosEmulatorFixture emulator) : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ProgrammeId Spring = ProgrammeId.Parse("spring-2026", "id").Value;
    private static readonly ProgrammeId Autumn = ProgrammeId.Parse("autumn-2026", "id").Value;
    private static CancellationToken Ct => CancellationToken.None;

    private readonly CosmosMentoringDatabase _database = new(emulator.Client, emulator.NewDatabaseName(nameof(CosmosMentoringStoreTests)));

    public Task InitializeAsync() => _database.EnsureCreatedAsync(Ct);

    public async Task DisposeAsync() => await emulator.Client.GetDatabase(_database.Name).DeleteAsync();

    [Fact]
    public async Task A_programme_is_added_once_and_updated_only_at_the_version_read()
    {
        var store = new CosmosProgrammeStore(_database);
        var added = await store.TryAddAsync(Spring, Programme("Spring cohort"), Monday, Ct);

        Assert.NotNull(added);
        Assert.Null(await store.TryAddAsync(Spring, Programme("Someone else's"), Monday, Ct));
        var updated = await store.PutAsync(Spring, Programme("Spring cohort, renamed"), added.Version, Monday.AddHours(1), Ct);
        Assert.NotNull(updated);
        Assert.NotEqual(added.Version, updated.Version);
        Assert.Null(await store.PutAsync(Spring, Programme("A late edit"), added.Version, Monday.AddHours(2), Ct));
        Assert.Equal("Spring cohort, renamed", (await store.GetAsync(Spring, Ct))!.Draft.Name);
    }

    [Fact]
    public async Task The_first_enrolment_wins_and_a_programme_lists_only_its_own_participants_in_enrolment_order()
    {
        var store = new CosmosParticipantStore(_database);
        await store.AddAsync(Participant(Spring, "mentor-b", EnrolmentRole.Mentor, Monday.AddMinutes(2)), Ct);
        await store.AddAsync(Participant(Spring, "mentor-a", EnrolmentRole.Mentor, Monday.AddMinutes(1)), Ct);
        await store.AddAsync(Participant(Spring, "mentee-a", EnrolmentRole.Mentee, Monday), Ct);
        await store.AddAsync(Participant(Autumn, "mentor-c", EnrolmentRole.Mentor, Monday), Ct);

        var repeat = await store.AddAsync(Participant(Spring, "mentor-a", EnrolmentRole.Mentor, Monday.AddDays(1)), Ct);
        var mentors = await store.ListAsync(Spring, EnrolmentRole.Mentor, Ct);

        Assert.Equal(Monday.AddMinutes(1), repeat.EnrolledAt);
        Assert.Equal(["mentor-a", "mentor-b"], mentors.Select(mentor => mentor.Id.Value));
    }

    [Fact]
    public async Task A_status_is_set_on_a_kept_participant_only()
    {
        var store = new CosmosParticipantStore(_database);
        await store.AddAsync(Participant(Spring, "mentor-a", EnrolmentRole.Mentor, Monday), Ct);

        Assert.True(await store.SetStatusAsync(Spring, new ParticipantId("mentor-a"), ParticipantStatus.Paused, Ct));
        Assert.False(await store.SetStatusAsync(Spring, new ParticipantId("nobody"), ParticipantStatus.Paused, Ct));
        Assert.Equal(ParticipantStatus.Paused, (await store.GetAsync(Spring, new ParticipantId("mentor-a"), Ct))!.Status);
    }

    [Fact]
    public async Task Mentees_racing_for_a_mentors_last_place_get_it_once()
    {
        var store = new CosmosCapacityStore(_database);
        var mentor = new ParticipantId("mentor-a");
        await store.JoinAsync(Spring, mentor, capacity: 1, Ct);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 6).Select(
            number => store.TryHoldAsync(Spring, new ParticipantId($"mentee-{number}"), mentor, Ct)));

        Assert.Equal(1, outcomes.Count(outcome => outcome == HoldOutcome.Held));
        Assert.Equal(5, outcomes.Count(outcome => outcome == HoldOutcome.Full));
        Assert.Single((await store.ReadAsync(Spring, Ct)).Holdings);
    }

    [Fact]
    public async Task A_mentee_holds_one_place_and_a_pause_withdraws_open_proposals_but_not_mentorships()
    {
        var store = new CosmosCapacityStore(_database);
        ParticipantId mentorA = new("mentor-a"), mentorB = new("mentor-b"), proposed = new("mentee-1"), matched = new("mentee-2");
        await store.JoinAsync(Spring, mentorA, capacity: 3, Ct);
        await store.JoinAsync(Spring, mentorA, capacity: 9, Ct);
        await store.JoinAsync(Spring, mentorB, capacity: 1, Ct);
        await store.TryHoldAsync(Spring, proposed, mentorA, Ct);
        await store.TryHoldAsync(Spring, matched, mentorA, Ct);
        await store.AcceptAsync(Spring, matched, Ct);

        Assert.Equal(HoldOutcome.Held, await store.TryHoldAsync(Spring, proposed, mentorA, Ct));
        Assert.Equal(HoldOutcome.HoldsAnother, await store.TryHoldAsync(Spring, proposed, mentorB, Ct));
        Assert.Equal(HoldOutcome.NotInPool, await store.TryHoldAsync(Spring, new ParticipantId("mentee-3"), new ParticipantId("stranger"), Ct));
        Assert.Equal([proposed], await store.PauseAsync(Spring, mentorA, Ct));
        Assert.Equal(HoldOutcome.Paused, await store.TryHoldAsync(Spring, proposed, mentorA, Ct));
        Assert.Equal(mentorA, await store.ReleaseAsync(Spring, matched, Ct));
        Assert.Null(await store.ReleaseAsync(Spring, matched, Ct));
        var pool = await store.ReadAsync(Spring, Ct);
        Assert.Equal(3, pool.Seats.Single(seat => seat.Mentor == mentorA).Capacity);
        Assert.Empty(pool.Holdings);
    }

    private static ProgrammeDraft Programme(string name) => new() { Id = Spring.Value, Name = name };

    private static StoredParticipant Participant(ProgrammeId programme, string id, EnrolmentRole role, DateTimeOffset at)
        => new(programme, new ParticipantId(id), role, new EnrolmentDraft { Role = role.ToString().ToLowerInvariant() }, at, ParticipantStatus.Active);
}
