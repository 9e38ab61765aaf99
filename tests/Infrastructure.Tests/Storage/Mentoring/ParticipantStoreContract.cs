using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Storage;
using static MentorFlow.Infrastructure.Tests.Storage.Mentoring.MentoringData;

namespace MentorFlow.Infrastructure.Tests.Storage.Mentoring;

/// <summary>
/// The guarantees of <see cref="IParticipantStore"/>, checked the same way for every store: a store's test class
/// derives from this and says how to open the store.
/// </summary>
public abstract class ParticipantStoreContract : IAsyncLifetime
{
    protected IParticipantStore Store { get; private set; } = null!;

    /// <summary>Opens the store under test; every call opens another object over the same data.</summary>
    protected abstract Task<IParticipantStore> OpenStoreAsync();

    public virtual async Task InitializeAsync() => Store = await OpenStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_added_participant_is_read_back_as_it_was_given()
    {
        var programme = NewProgrammeId();
        var ada = Participant(programme, "p-ada", Mentee("Ada Lovelace"));

        var added = await Store.AddAsync(ada, Ct);
        var read = await Store.GetAsync(programme, ada.Id, Ct);

        Assert.NotNull(read);
        foreach (var kept in new[] { added, read })
        {
            Assert.Equal(programme, kept.Programme);
            Assert.Equal(ada.Id, kept.Id);
            Assert.Equal(EnrolmentRole.Mentee, kept.Role);
            AssertSameDraft(ada.Draft, kept.Draft);
            Assert.Equal(At, kept.EnrolledAt);
            Assert.Equal(At.Offset, kept.EnrolledAt.Offset);
            Assert.Equal(ParticipantStatus.Active, kept.Status);
        }
    }

    [Fact]
    public async Task An_unknown_participant_is_not_found()
    {
        Assert.Null(await Store.GetAsync(NewProgrammeId(), new ParticipantId("p-nobody"), Ct));
    }

    [Fact]
    public async Task The_first_enrolment_wins_and_a_repeat_changes_nothing()
    {
        var programme = NewProgrammeId();
        await Store.AddAsync(Participant(programme, "p-ada", Mentee("Ada Lovelace")), Ct);

        var repeat = await Store.AddAsync(Participant(programme, "p-ada", Mentor("Ada Byron"), At.AddDays(1)), Ct);

        Assert.Equal(EnrolmentRole.Mentee, repeat.Role);
        Assert.Equal("Ada Lovelace", repeat.Draft.Name);
        Assert.Equal(At, repeat.EnrolledAt);
        Assert.Equal("Ada Lovelace", (await Store.GetAsync(programme, new ParticipantId("p-ada"), Ct))!.Draft.Name);
    }

    [Fact]
    public async Task One_id_in_two_programmes_is_two_participants()
    {
        var spring = NewProgrammeId();
        var autumn = NewProgrammeId();
        await Store.AddAsync(Participant(spring, "p-ada", Mentee("Ada Lovelace")), Ct);
        await Store.AddAsync(Participant(autumn, "p-ada", Mentor("Ada Lovelace")), Ct);

        Assert.Equal(EnrolmentRole.Mentee, (await Store.GetAsync(spring, new ParticipantId("p-ada"), Ct))!.Role);
        Assert.Equal(EnrolmentRole.Mentor, (await Store.GetAsync(autumn, new ParticipantId("p-ada"), Ct))!.Role);
    }

    [Fact]
    public async Task A_list_holds_one_role_of_one_programme_in_enrolment_order_then_id()
    {
        var programme = NewProgrammeId();
        var other = NewProgrammeId();
        await Store.AddAsync(Participant(programme, "p-cai", Mentee("Cai"), At.AddHours(2)), Ct);
        await Store.AddAsync(Participant(programme, "p-ben", Mentee("Ben"), At), Ct);
        // The same instant written with another offset: ordered by the instant, then the id.
        await Store.AddAsync(Participant(programme, "p-ada", Mentee("Ada"), At.ToOffset(TimeSpan.FromHours(-5))), Ct);
        await Store.AddAsync(Participant(programme, "p-dan", Mentee("Dan"), At.AddHours(-1).ToOffset(TimeSpan.FromHours(9))), Ct);
        await Store.AddAsync(Participant(programme, "p-eve", Mentor("Eve"), At), Ct);
        await Store.AddAsync(Participant(other, "p-fay", Mentee("Fay"), At), Ct);

        var mentees = await Store.ListAsync(programme, EnrolmentRole.Mentee, Ct);
        var mentors = await Store.ListAsync(programme, EnrolmentRole.Mentor, Ct);

        Assert.Equal(["p-dan", "p-ada", "p-ben", "p-cai"], mentees.Select(p => p.Id.Value));
        Assert.Equal(["p-eve"], mentors.Select(p => p.Id.Value));
    }

    [Fact]
    public async Task A_status_is_set_and_kept_and_the_list_still_holds_the_participant()
    {
        var programme = NewProgrammeId();
        await Store.AddAsync(Participant(programme, "p-eve", Mentor("Eve")), Ct);

        Assert.True(await Store.SetStatusAsync(programme, new ParticipantId("p-eve"), ParticipantStatus.Paused, Ct));
        Assert.True(await Store.SetStatusAsync(programme, new ParticipantId("p-eve"), ParticipantStatus.Paused, Ct));

        Assert.Equal(ParticipantStatus.Paused, (await Store.GetAsync(programme, new ParticipantId("p-eve"), Ct))!.Status);
        Assert.Equal(ParticipantStatus.Paused, Assert.Single(await Store.ListAsync(programme, EnrolmentRole.Mentor, Ct)).Status);
    }

    [Fact]
    public async Task Setting_the_status_of_an_unknown_participant_answers_false_and_adds_no_one()
    {
        var programme = NewProgrammeId();

        Assert.False(await Store.SetStatusAsync(programme, new ParticipantId("p-nobody"), ParticipantStatus.Undeliverable, Ct));
        Assert.Empty(await Store.ListAsync(programme, EnrolmentRole.Mentee, Ct));
    }

    [Fact]
    public async Task Another_store_object_over_the_same_data_reads_what_was_written()
    {
        var programme = NewProgrammeId();
        await Store.AddAsync(Participant(programme, "p-ada", Mentee("Ada")), Ct);

        var reopened = await OpenStoreAsync();

        Assert.NotNull(await reopened.GetAsync(programme, new ParticipantId("p-ada"), Ct));
    }

    [Fact]
    public async Task Of_concurrent_enrolments_of_one_person_one_is_kept_and_every_caller_gets_it()
    {
        var programme = NewProgrammeId();
        var stores = new List<IParticipantStore> { Store, await OpenStoreAsync(), await OpenStoreAsync() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => stores[i % stores.Count].AddAsync(Participant(programme, "p-ada", Mentee($"Ada {i}")), Ct))));

        var kept = (await Store.GetAsync(programme, new ParticipantId("p-ada"), Ct))!;
        Assert.All(answers, a => Assert.Equal(kept.Draft.Name, a.Draft.Name));
        Assert.Single(await Store.ListAsync(programme, EnrolmentRole.Mentee, Ct));
    }

    [Fact]
    public async Task A_mentee_enrolment_gives_way_to_the_same_persons_mentor_enrolment()
    {
        var programme = NewProgrammeId();
        await Store.AddAsync(Participant(programme, "p-ada", Mentee("Ada Lovelace")), Ct);
        await Store.SetStatusAsync(programme, new ParticipantId("p-ada"), ParticipantStatus.Undeliverable, Ct);
        var mentor = Participant(programme, "p-ada", Mentor("Ada Byron"), At.AddDays(30));

        var replaced = await Store.ReplaceMenteeAsync(mentor, Ct);
        var read = (await Store.GetAsync(programme, new ParticipantId("p-ada"), Ct))!;

        foreach (var kept in new[] { replaced!, read })
        {
            Assert.Equal(EnrolmentRole.Mentor, kept.Role);
            AssertSameDraft(mentor.Draft, kept.Draft);
            Assert.Equal(At.AddDays(30), kept.EnrolledAt);
            Assert.Equal(ParticipantStatus.Active, kept.Status);
        }

        Assert.Equal(["p-ada"], (await Store.ListAsync(programme, EnrolmentRole.Mentor, Ct)).Select(p => p.Id.Value));
        Assert.Empty(await Store.ListAsync(programme, EnrolmentRole.Mentee, Ct));
    }

    [Fact]
    public async Task Replacing_a_mentee_enrolment_leaves_a_mentors_enrolment_as_it_is_and_adds_no_one()
    {
        var programme = NewProgrammeId();
        await Store.AddAsync(Participant(programme, "p-eve", Mentor("Eve")), Ct);

        var kept = await Store.ReplaceMenteeAsync(Participant(programme, "p-eve", Mentor("Eve Again"), At.AddDays(1)), Ct);

        Assert.Equal("Eve", kept!.Draft.Name);
        Assert.Equal(At, kept.EnrolledAt);
        Assert.Equal("Eve", (await Store.GetAsync(programme, new ParticipantId("p-eve"), Ct))!.Draft.Name);
        Assert.Null(await Store.ReplaceMenteeAsync(Participant(programme, "p-nobody", Mentor("Nobody")), Ct));
        Assert.Null(await Store.GetAsync(programme, new ParticipantId("p-nobody"), Ct));
    }

    [Fact]
    public async Task Of_concurrent_replacements_of_one_mentee_enrolment_one_is_kept_and_every_caller_gets_it()
    {
        var programme = NewProgrammeId();
        await Store.AddAsync(Participant(programme, "p-ada", Mentee("Ada")), Ct);
        var stores = new List<IParticipantStore> { Store, await OpenStoreAsync(), await OpenStoreAsync() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => stores[i % stores.Count].ReplaceMenteeAsync(Participant(programme, "p-ada", Mentor($"Ada {i}")), Ct))));

        var kept = (await Store.GetAsync(programme, new ParticipantId("p-ada"), Ct))!;
        Assert.Equal(EnrolmentRole.Mentor, kept.Role);
        Assert.All(answers, a => Assert.Equal(kept.Draft.Name, a!.Draft.Name));
    }
}
